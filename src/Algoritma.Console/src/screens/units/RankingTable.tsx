import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { AdoptionMetric, UnitLevel, UnitsRankingQuery } from '../../gql/graphql';
import { formatNumber, formatPercent } from '../../lib/format';
import type { Period } from '../../lib/period';
import { UnitsRankingQuery as RankingDocument } from './queries';

type Ranked = UnitsRankingQuery['unitRanking'][number];

const METRICS: AdoptionMetric[] = ['DIGITAL_TAKE_UP', 'COMPLETION_RATE', 'SLA_COMPLIANCE', 'STARTED', 'COMPLETED'];
const RATIOS: AdoptionMetric[] = ['DIGITAL_TAKE_UP', 'COMPLETION_RATE', 'SLA_COMPLIANCE'];
const LEVELS: UnitLevel[] = ['KELURAHAN', 'KECAMATAN'];
/** The API's own default minimum volume (unitRanking's minCompleted). */
export const DEFAULT_MIN_COMPLETED = 30;

export function RankingTable({ period }: { period: Period }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { search } = useLocation();
  const [metric, setMetric] = useState<AdoptionMetric>('DIGITAL_TAKE_UP');
  const [level, setLevel] = useState<UnitLevel>('KELURAHAN');
  const [minText, setMinText] = useState(String(DEFAULT_MIN_COMPLETED));
  const parsed = Number(minText);
  const minValid = minText.trim() !== '' && Number.isInteger(parsed) && parsed >= 0 && parsed <= 1_000_000;
  const [minCompleted, setMinCompleted] = useState(DEFAULT_MIN_COMPLETED);
  // An invalid entry keeps the last valid minimum (and says so) rather than asking the API something it refuses.
  if (minValid && parsed !== minCompleted) setMinCompleted(parsed);
  const [result, refresh] = useQuery({ query: RankingDocument, variables: { ...period, metric, level, minCompleted } });

  const ratio = RATIOS.includes(metric);
  const columns: Column<Ranked>[] = [
    { key: 'rank', header: t('units.rank'), numeric: true, render: (row) => (row.rank === null || row.rank === undefined ? '—' : formatNumber(row.rank, language)), value: (row) => row.rank },
    {
      key: 'unit', header: t('units.unit'), value: (row) => row.unit?.name ?? row.unitCode,
      render: (row) => row.unit?.name ?? row.unitCode,
      cell: (row) => <Link to={{ pathname: encodeURIComponent(row.unitCode), search }} aria-label={t('units.open', { name: row.unit?.name ?? row.unitCode })}>{row.unit?.name ?? row.unitCode}</Link>,
    },
    ...(level === 'KELURAHAN' ? [{
      key: 'kecamatan', header: t('units.kecamatan'),
      render: (row: Ranked) => (row.unit && 'kecamatan' in row.unit ? row.unit.kecamatan.name : ''),
      value: (row: Ranked) => (row.unit && 'kecamatan' in row.unit ? row.unit.kecamatan.name : ''),
    }] : []),
    {
      key: 'value', header: t(`units.metric.${metric}`), numeric: true, value: (row) => row.value,
      render: (row) => (ratio ? formatPercent(row.value, language) : formatNumber(row.value, language)),
    },
    { key: 'completed', header: t('chart.completed'), numeric: true, render: (row) => formatNumber(row.completed, language), value: (row) => row.completed },
    { key: 'digital', header: t('chart.digitalCompleted'), numeric: true, render: (row) => formatNumber(row.digitalCompleted, language), value: (row) => row.digitalCompleted },
    { key: 'started', header: t('units.metric.STARTED'), numeric: true, render: (row) => formatNumber(row.started, language), value: (row) => row.started },
  ];

  return (
    <section className="panel" data-testid="units-ranking" aria-labelledby="units-ranking-heading">
      <header className="panel-header">
        <div>
          <h2 id="units-ranking-heading">{t('units.rankingTitle')}</h2>
          <p className="panel-subtitle" data-testid="units-ranking-minimum">{t('units.rankingSubtitle', { min: formatNumber(minCompleted, language) })}</p>
        </div>
      </header>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          <span>{t('units.metricLabel')}</span>
          <select value={metric} onChange={(event) => setMetric(event.target.value as AdoptionMetric)} data-testid="units-ranking-metric">
            {METRICS.map((name) => <option key={name} value={name}>{t(`units.metric.${name}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('units.level')}</span>
          <select value={level} onChange={(event) => setLevel(event.target.value as UnitLevel)} data-testid="units-ranking-level">
            {LEVELS.map((name) => <option key={name} value={name}>{t(`units.levelName.${name}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('units.minCompleted')}</span>
          <input type="number" min={0} max={1000000} step={1} inputMode="numeric" value={minText}
            onChange={(event) => setMinText(event.target.value)} data-testid="units-ranking-min"
            aria-invalid={!minValid} aria-describedby={minValid ? undefined : 'units-ranking-min-error'} />
        </label>
        {!minValid && <p id="units-ranking-min-error" className="field-error" role="alert">{t('units.minInvalid')}</p>}
      </form>
      {result.error ? <ErrorState detail={result.error.message} onRetry={() => refresh({ requestPolicy: 'network-only' })} />
        : !result.data ? <Loading />
          : result.data.unitRanking.length === 0 ? <Empty />
            : <DataTable caption={t('units.rankingTitle')} columns={columns} rows={result.data.unitRanking}
              rowKey={(row) => row.unitCode} fileName={`peringkat-${level.toLowerCase()}.csv`} testId="units-ranking-table" />}
    </section>
  );
}

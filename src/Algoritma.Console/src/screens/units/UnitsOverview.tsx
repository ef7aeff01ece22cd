import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodPicker } from '../../components/PeriodPicker';
import { Empty, ErrorState, Loading } from '../../components/States';
import { usePeriod } from '../../components/usePeriod';
import { heatRows } from './heatmap';
import { RankingTable } from './RankingTable';
import { TakeUpHeatMap } from './TakeUpHeatMap';
import { heatWeeks, useWeeksOfUnits } from './useWeeksOfUnits';

export function UnitsOverview() {
  const { t } = useTranslation();
  const [period, setPeriod] = usePeriod();
  const heat = useWeeksOfUnits(period);
  const [kecamatan, setKecamatan] = useState('');
  const allRows = useMemo(() => (heat.weeks ? heatRows(heat.weeks) : []), [heat.weeks]);
  const rows = useMemo(() => (kecamatan ? allRows.filter((row) => row.kecamatanCode === kecamatan) : allRows), [allRows, kecamatan]);
  const kecamatans = allRows.filter((row) => row.isKecamatan);
  const weeks = heat.weeks?.map((week) => week.week) ?? [];
  const capped = heatWeeks(period).length < Math.ceil((Date.parse(period.to) - Date.parse(period.from)) / (7 * 86_400_000));

  return (
    <div className="screen units" data-testid="screen-units">
      <div className="screen-header"><h1>{t('units.title')}</h1></div>
      <PeriodPicker period={period} onChange={setPeriod} />
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          <span>{t('units.kecamatanFilter')}</span>
          <select value={kecamatan} onChange={(event) => setKecamatan(event.target.value)} data-testid="units-kecamatan">
            <option value="">{t('units.allKecamatan')}</option>
            {kecamatans.map((row) => <option key={row.code} value={row.code}>{row.name}</option>)}
          </select>
        </label>
      </form>
      {heat.error ? <ErrorState detail={heat.error} onRetry={heat.reload} />
        : !heat.weeks ? <Loading label={t('units.heatProgress', { done: heat.done, total: heat.total })} />
          : rows.length === 0 ? <Empty />
            : <TakeUpHeatMap rows={rows} weeks={weeks} capped={capped} />}
      <RankingTable period={period} />
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PeriodPicker } from '../../components/PeriodPicker';
import { Empty, ErrorState, Loading } from '../../components/States';
import { usePeriod } from '../../components/usePeriod';
import { formatNumber } from '../../lib/format';
import { previousPeriod } from '../../lib/period';
import { ChannelMixChart } from '../overview/ChannelMixChart';
import { UnitPageQuery } from './queries';
import { UnitFigures } from './UnitFigures';
import { UnitTakeUpChart } from './UnitTakeUpChart';

// One kecamatan or kelurahan/desa: its details, its figures against the period before, and its weekly series.
export function UnitPage() {
  const { t, i18n } = useTranslation();
  const code = useParams().code ?? '';
  const [period, setPeriod] = usePeriod();
  const previous = previousPeriod(period);
  const [result, refresh] = useQuery({
    query: UnitPageQuery,
    variables: { code, ...period, previousFrom: previous.from, previousTo: previous.to },
  });
  const region = result.data?.region;
  // An unknown code is NOT_FOUND on the series: the page says so rather than showing an error.
  const unknown = result.data?.region === null
    || result.error?.graphQLErrors.some((error) => error.extensions?.code === 'NOT_FOUND');

  return (
    <div className="screen unit-page" data-testid="screen-unit">
      <p><Link to={{ pathname: '..', search: `?from=${period.from}&to=${period.to}` }} relative="path" data-testid="unit-back">← {t('units.back')}</Link></p>
      {unknown ? (
        <>
          <h1>{t('units.title')}</h1>
          <Empty label={t('units.notFound', { code })} />
        </>
      ) : result.error ? <ErrorState detail={result.error.message} onRetry={() => refresh({ requestPolicy: 'network-only' })} />
        : !result.data || !region ? <Loading />
          : (
            <>
              <div className="screen-header">
                <h1 data-testid="unit-name">{region.name}</h1>
                <p className="panel-subtitle">
                  {t(`units.levelName.${region.kind === 'KECAMATAN' ? 'KECAMATAN' : 'KELURAHAN'}`)} · {region.code}
                  {'kecamatan' in region && region.kecamatan ? <> · <Link to={`../${encodeURIComponent(region.kecamatan.code)}`} relative="path">{t('units.inKecamatan', { name: region.kecamatan.name })}</Link></> : null}
                </p>
              </div>
              <dl className="unit-details" data-testid="unit-details">
                {region.headName && <div><dt>{t('units.head')}</dt><dd>{region.headName}</dd></div>}
                {region.address && <div><dt>{t('units.address')}</dt><dd>{region.address}</dd></div>}
                {region.officerCount !== null && region.officerCount !== undefined && <div><dt>{t('units.officers')}</dt><dd>{formatNumber(region.officerCount, i18n.language)}</dd></div>}
              </dl>
              <PeriodPicker period={period} onChange={setPeriod} />
              <UnitFigures current={result.data.adoption} previous={result.data.previous} />
              {result.data.adoption.length === 0 ? <Empty /> : (
                <>
                  <UnitTakeUpChart name={region.name} code={region.code} weeks={result.data.adoption} />
                  <ChannelMixChart data={{ adoption: result.data.adoption }} title={t('units.channelsTitle', { name: region.name })}
                    testId="chart-unit-channels" fileName={`kanal-${region.code}`} />
                </>
              )}
            </>
          )}
    </div>
  );
}

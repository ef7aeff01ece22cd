import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../../components/States';
import { ActivityForm } from './ActivityForm';
import { ActivityTimeline } from './ActivityTimeline';
import { ProgressSummary } from './ProgressSummary';
import { ProgressChart } from './ProgressChart';
import { CampaignDetailQuery } from './queries';
import { UpliftTable } from './UpliftTable';
import { useRegions, type KecamatanGroup } from './useRegions';
import { WaveChart } from './WaveChart';
import { formatRange } from './format';
import { formatDay } from '../../lib/format';

/** The campaign's units and the kelurahan/desa of its kecamatan: where an activity may take place. */
function activityUnits(units: readonly string[], groups: KecamatanGroup[], names: ReadonlyMap<string, string>): [string, string][] {
  const codes = new Set(units);
  for (const group of groups) if (codes.has(group.code)) for (const village of group.villages) codes.add(village.code);
  return [...codes].sort().map((code) => [code, names.get(code) ?? code]);
}

export function CampaignPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { id = '' } = useParams();
  const [result, refresh] = useQuery({ query: CampaignDetailQuery, variables: { id } });
  const regions = useRegions();
  const reload = () => refresh({ requestPolicy: 'network-only' });
  const campaign = result.data?.campaign;

  const body = result.error ? <ErrorState detail={result.error.message} onRetry={reload} />
    : !result.data ? <Loading />
      : !campaign ? <Empty label={t('campaigns.notFound')} />
        : null;
  if (body || !campaign) {
    return (
      <div className="screen campaigns" data-testid="screen-campaign">
        <p><Link to="/campaigns">← {t('campaigns.back')}</Link></p>
        <h1>{t('campaigns.title')}</h1>
        {body}
      </div>
    );
  }

  const progress = campaign.progress;
  const windowLabel = progress?.window
    ? t('campaigns.windowOf', { weeks: progress.window.weeks, from: formatDay(progress.window.from, language), to: formatDay(progress.window.to, language) })
    : t('campaigns.noWindow');

  return (
    <div className="screen campaigns" data-testid="screen-campaign">
      <p><Link to="/campaigns">← {t('campaigns.back')}</Link></p>
      <h1 data-testid="campaign-name">{campaign.name}</h1>
      <dl className="facts" data-testid="campaign-facts">
        <div><dt>{t('campaigns.status')}</dt><dd>{t(`campaigns.status_${campaign.status}`)}</dd></div>
        <div><dt>{t('campaigns.period')}</dt><dd>{formatRange(campaign.from, campaign.to, language)}</dd></div>
        <div><dt>{t('campaigns.goal')}</dt><dd>{t(`campaigns.metric_${campaign.goalMetric}`)}</dd></div>
        <div>
          <dt>{t('campaigns.units')}</dt>
          <dd>
            <details>
              <summary>{t('campaigns.selectedCount', { count: campaign.units.length })}</summary>
              {campaign.units.map((code) => regions.names.get(code) ?? code).join(', ')}
            </details>
          </dd>
        </div>
        {campaign.priorityDays.length > 0 && (
          <div><dt>{t('campaigns.priorityDays')}</dt><dd>{campaign.priorityDays.map((day) => t(`weekday.${day}`)).join(', ')}</dd></div>
        )}
      </dl>
      {!progress ? <Empty label={t('campaigns.noProgress')} /> : (
        <>
          <ProgressSummary progress={progress} windowLabel={windowLabel} />
          <ProgressChart progress={progress} windowLabel={windowLabel} />
          {progress.waves.length > 0 && <WaveChart waves={progress.waves} target={progress.target} />}
          <UpliftTable levels={progress.upliftByLevel} />
        </>
      )}
      <ActivityTimeline activities={campaign.activities} names={regions.names} />
      {campaign.status === 'OPEN' && (
        <ActivityForm campaignId={campaign.id} version={campaign.version} units={activityUnits(campaign.units, regions.groups, regions.names)} onReload={reload} />
      )}
    </div>
  );
}

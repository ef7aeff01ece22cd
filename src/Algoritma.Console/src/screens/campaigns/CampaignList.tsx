import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { CampaignListQuery as CampaignListResult } from '../../gql/graphql';
import { formatPercent } from '../../lib/format';
import { CampaignListQuery } from './queries';
import { campaignPath, formatRange } from './format';

type Campaign = CampaignListResult['campaigns']['nodes'][number];

export function CampaignList() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const location = useLocation();
  const launched = (location.state as { launched?: string } | null)?.launched;
  const [result, refresh] = useQuery({ query: CampaignListQuery });

  const columns: Column<Campaign>[] = [
    { key: 'name', header: t('campaigns.name'), render: (campaign) => campaign.name,
      cell: (campaign) => <Link to={campaignPath(campaign.id)} data-testid="campaign-link">{campaign.name}</Link>, value: (campaign) => campaign.name },
    { key: 'period', header: t('campaigns.period'), render: (campaign) => formatRange(campaign.from, campaign.to, language), value: (campaign) => campaign.from },
    { key: 'status', header: t('campaigns.status'), render: (campaign) => t(`campaigns.status_${campaign.status}`), value: (campaign) => campaign.status },
    { key: 'goal', header: t('campaigns.goal'), render: (campaign) => t(`campaigns.metric_${campaign.goalMetric}`), value: (campaign) => campaign.goalMetric },
    { key: 'current', header: t('campaigns.current'), numeric: true, render: (campaign) => formatPercent(campaign.progress?.current, language), value: (campaign) => campaign.progress?.current },
    { key: 'sinceLaunch', header: t('campaigns.sinceLaunch'), numeric: true, render: (campaign) => formatPercent(campaign.progress?.sinceLaunch, language), value: (campaign) => campaign.progress?.sinceLaunch },
    { key: 'target', header: t('campaigns.target'), numeric: true, render: (campaign) => formatPercent(campaign.target, language), value: (campaign) => campaign.target },
    {
      key: 'reached', header: t('campaigns.progress'),
      render: (campaign) => (campaign.progress ? t(campaign.progress.targetReached ? 'campaigns.reached' : 'campaigns.notReached') : t('campaigns.noProgress')),
      value: (campaign) => (campaign.progress ? String(campaign.progress.targetReached) : ''),
    },
  ];

  return (
    <div className="screen campaigns" data-testid="screen-campaigns">
      <div className="screen-header">
        <h1>{t('campaigns.title')}</h1>
        <Link className="button button-primary" to="/campaigns/new" data-testid="campaign-launch-link">{t('campaigns.launch')}</Link>
      </div>
      {launched && <p className="notice" role="status" data-testid="campaign-launched">{t('campaigns.launched', { name: launched })}</p>}
      {result.error ? <ErrorState detail={result.error.message} onRetry={() => refresh({ requestPolicy: 'network-only' })} />
        : !result.data ? <Loading />
          : result.data.campaigns.nodes.length === 0 ? <Empty label={t('campaigns.empty')} />
            : (
              <section className="panel" aria-labelledby="campaign-list-heading">
                <h2 id="campaign-list-heading">{t('campaigns.list')}</h2>
                <DataTable caption={t('campaigns.list')} columns={columns} rows={result.data.campaigns.nodes} rowKey={(campaign) => campaign.id}
                  fileName="kampanye.csv" testId="campaign-table" />
              </section>
            )}
    </div>
  );
}

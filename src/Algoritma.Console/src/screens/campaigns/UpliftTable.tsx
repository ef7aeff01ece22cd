import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../components/DataTable';
import type { CampaignDetailQuery } from '../../gql/graphql';
import { formatPercent, formatPoints } from '../../lib/format';

type Level = NonNullable<NonNullable<CampaignDetailQuery['campaign']>['progress']>['upliftByLevel'][number];

export function UpliftTable({ levels }: { levels: Level[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const points = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${formatPoints(value, language)} ${t('campaigns.points')}`);
  const columns: Column<Level>[] = [
    { key: 'level', header: t('campaigns.level'), render: (level) => t(`campaigns.level_${level.level}`), value: (level) => level.level },
    { key: 'joined', header: t('campaigns.joined'), numeric: true, render: (level) => formatPercent(level.joined, language), value: (level) => level.joined },
    { key: 'notJoined', header: t('campaigns.notJoined'), numeric: true, render: (level) => formatPercent(level.notJoined, language), value: (level) => level.notJoined },
    { key: 'uplift', header: t('campaigns.uplift'), numeric: true, render: (level) => points(level.uplift), value: (level) => level.uplift },
  ];
  return (
    <section className="panel" aria-labelledby="campaign-uplift-heading" data-testid="campaign-uplift">
      <h2 id="campaign-uplift-heading">{t('campaigns.upliftTitle')}</h2>
      <DataTable caption={t('campaigns.upliftTitle')} columns={columns} rows={levels} rowKey={(level) => level.level}
        fileName="kenaikan-kampanye.csv" testId="campaign-uplift-table" />
    </section>
  );
}

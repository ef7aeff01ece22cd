import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../components/DataTable';
import { Empty } from '../../components/States';
import type { CampaignDetailQuery } from '../../gql/graphql';
import { formatDay, formatNumber } from '../../lib/format';

type Activity = NonNullable<CampaignDetailQuery['campaign']>['activities'][number];

// The activities by date, oldest first, as a sortable table (and its CSV).
export function ActivityTimeline({ activities, names }: { activities: readonly Activity[]; names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows = activities.map((activity, index) => ({ ...activity, index })).sort((a, b) => a.date.localeCompare(b.date) || a.index - b.index);
  const unitName = (code: string) => (names.get(code) ? `${names.get(code)} (${code})` : code);
  const columns: Column<(typeof rows)[number]>[] = [
    { key: 'date', header: t('campaigns.date'), render: (row) => formatDay(row.date, language), value: (row) => row.date },
    { key: 'kind', header: t('campaigns.kind'), render: (row) => t(`campaigns.kind_${row.kind}`), value: (row) => row.kind },
    { key: 'unit', header: t('campaigns.unit'), render: (row) => unitName(row.unit), value: (row) => row.unit },
    { key: 'attendance', header: t('campaigns.attendance'), numeric: true, render: (row) => formatNumber(row.attendance, language), value: (row) => row.attendance },
    { key: 'note', header: t('campaigns.note'), render: (row) => row.note ?? '', value: (row) => row.note ?? '' },
  ];
  return (
    <section className="panel" aria-labelledby="campaign-timeline-heading" data-testid="campaign-timeline">
      <h2 id="campaign-timeline-heading">{t('campaigns.timeline')}</h2>
      {rows.length === 0 ? <Empty label={t('campaigns.noActivities')} />
        : <DataTable caption={t('campaigns.timeline')} columns={columns} rows={rows} rowKey={(row) => String(row.index)}
          fileName="kegiatan-kampanye.csv" testId="campaign-timeline-table" />}
    </section>
  );
}

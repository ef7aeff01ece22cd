import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { FieldErrors } from '../../components/FieldErrors';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { RegionImportPreviewQuery as PreviewResult } from '../../gql/graphql';
import type { PayloadError } from '../campaigns/payloadErrors';
import { RegionImportPreviewQuery, ReimportOfficialRegionsMutation } from './queries';

type Row = PreviewResult['regionImportPreview']['changes'][number];

// Re-import from the official codes: what would be added, renamed, retired or restored, then exactly that (the preview's
// token: a preview gone stale is refused with CONFLICT and read again).
export function RegionReimport() {
  const { t } = useTranslation();
  const [preview, refresh] = useQuery({ query: RegionImportPreviewQuery, requestPolicy: 'network-only' });
  const [result, apply] = useMutation(ReimportOfficialRegionsMutation);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [applied, setApplied] = useState<number | null>(null);
  const reload = () => refresh({ requestPolicy: 'network-only' });
  const rows = preview.data?.regionImportPreview.changes ?? [];

  const run = async () => {
    const token = preview.data?.regionImportPreview.token;
    if (!token) return;
    const answer = await apply({ input: { previewToken: token } });
    if (answer.error) {
      setErrors([{ code: 'NETWORK', message: answer.error.message, path: [] }]);
      return;
    }
    const payload = answer.data?.reimportOfficialRegions;
    setErrors(payload?.errors ?? []);
    setApplied(payload && payload.errors.length === 0 ? payload.applied.length : null);
    reload();
  };

  const columns: Column<Row>[] = [
    { key: 'code', header: t('regions.code'), render: (row) => row.code, value: (row) => row.code },
    { key: 'change', header: t('regions.change'), render: (row) => t(`regions.change_${row.change}`), value: (row) => row.change },
    { key: 'kind', header: t('regions.kind'), render: (row) => t(`regions.kind_${row.kind}`), value: (row) => row.kind },
    { key: 'previousName', header: t('regions.previousName'), render: (row) => row.previousName ?? '—', value: (row) => row.previousName ?? '' },
    { key: 'name', header: t('regions.officialName'), render: (row) => row.name, value: (row) => row.name },
  ];
  return (
    <section data-testid="screen-region-reimport">
      <p><Link to="..">{t('regions.back')}</Link></p>
      <h1>{t('regions.reimport')}</h1>
      <p className="hint">{t('regions.reimportIntro')}</p>
      {applied !== null && <p className="notice" role="status" data-testid="reimport-applied">{t('regions.reimportApplied', { count: applied })}</p>}
      <FieldErrors id="reimport-error" errors={errors} prefix="regions" />
      {preview.error && !preview.data ? <ErrorState onRetry={reload} detail={preview.error.message} />
        : !preview.data ? <Loading />
          : rows.length === 0 ? <Empty label={t('regions.reimportNothing')} />
            : (
              <>
                <DataTable caption={t('regions.reimportCaption')} columns={columns} rows={rows} rowKey={(row) => row.code}
                  fileName="impor-ulang-wilayah.csv" testId="reimport-preview" />
                <button type="button" className="button button-primary" onClick={run} disabled={result.fetching} data-testid="reimport-apply">
                  {t('regions.reimportApply', { count: rows.length })}
                </button>
              </>
            )}
    </section>
  );
}

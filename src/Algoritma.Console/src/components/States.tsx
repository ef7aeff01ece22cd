import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return <div className="state state-loading" role="status" aria-live="polite"><span className="spinner" aria-hidden="true" />{label ?? t('state.loading')}</div>;
}

export function Empty({ label }: { label?: string }) {
  const { t } = useTranslation();
  return <div className="state state-empty" role="status">{label ?? t('state.empty')}</div>;
}

export function ErrorState({ onRetry, detail }: { onRetry?: () => void; detail?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-error" role="alert">
      <p>{t('state.error')}{detail ? ` (${detail})` : ''}</p>
      {onRetry && <button type="button" className="button" onClick={onRetry}>{t('state.retry')}</button>}
    </div>
  );
}

export function ComingSoon({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <section className="placeholder" data-testid="coming-soon">
      <h1>{title}</h1>
      <p><strong>{t('state.soon')}</strong> — {t('state.soonText')}</p>
    </section>
  );
}

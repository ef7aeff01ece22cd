import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return <section className="placeholder"><h1>{t('state.notFound')}</h1></section>;
}

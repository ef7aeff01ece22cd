import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/States';

// Placeholder until this screen is built (issue 22).
export default function SatisfactionScreen() {
  const { t } = useTranslation();
  return <ComingSoon title={t('nav.satisfaction')} />;
}

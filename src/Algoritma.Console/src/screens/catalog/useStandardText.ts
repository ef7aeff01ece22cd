import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';

/** A standard's completion time ("5 hari kerja") and fee ("Rp 10.000", "Gratis") in the chosen language. */
export function useStandardText() {
  const { t, i18n } = useTranslation();
  return {
    completion: (standard: { completionAmount: number; completionUnit: string }) =>
      t('catalog.amountOf', { amount: formatNumber(standard.completionAmount, i18n.language), unit: t(`catalog.unit_${standard.completionUnit}`) }),
    fee: (fee: unknown) => (Number(fee) === 0 ? t('catalog.free') : `Rp\u00a0${formatNumber(Number(fee), i18n.language)}`),
  };
}

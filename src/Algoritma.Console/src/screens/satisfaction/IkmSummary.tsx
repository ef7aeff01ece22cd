import { useTranslation } from 'react-i18next';
import type { SatisfactionOverviewQuery } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';

type Ikm = NonNullable<SatisfactionOverviewQuery['satisfaction']>;

export function IkmSummary({ ikm }: { ikm: Ikm }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <section className="kpi-grid" aria-label={t('satisfaction.summary')} data-testid="ikm-summary">
      <article className="kpi" data-testid="kpi-ikm">
        <h2 className="kpi-label">{t('satisfaction.summary')}</h2>
        <p className="kpi-value" data-testid="kpi-value">{formatNumber(ikm.value, language, 2)}</p>
        <p className="kpi-detail" data-testid="kpi-detail">{t('satisfaction.grade')} {t(`satisfaction.grade_${ikm.grade}`)}</p>
      </article>
      <article className="kpi" data-testid="kpi-ikm-responses">
        <h2 className="kpi-label">{t('satisfaction.responses')}</h2>
        <p className="kpi-value" data-testid="kpi-value">{formatNumber(ikm.responses, language)}</p>
        <p className="kpi-detail">{t('satisfaction.performance')}: {ikm.performance}</p>
      </article>
    </section>
  );
}

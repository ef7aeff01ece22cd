import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/States';
import { formatInstant } from '../admin/instant';
import { CatalogServiceQuery } from './queries';
import { StandardForm } from './StandardForm';
import { useStandardText } from './useStandardText';
import { OfferForm } from './OfferForm';
import { VersionHistory } from './VersionHistory';

// A service: its standard in force (the six components and the legal basis), the form for the next version, its history.
export function ServicePage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const text = useStandardText();
  const [result, refresh] = useQuery({ query: CatalogServiceQuery, variables: { code }, requestPolicy: 'network-only' });
  const reload = () => refresh({ requestPolicy: 'network-only' });
  // Kept here: the form starts afresh (a new key) from the version it just published.
  const [published, setPublished] = useState<number | null>(null);

  if (result.error && !result.data) return <ErrorState onRetry={reload} detail={result.error.message} />;
  if (!result.data) return <Loading />;
  const service = result.data.service;
  if (!service) {
    return (
      <section data-testid="screen-service">
        <p><Link to="..">{t('catalog.back')}</Link></p>
        <h1>{t('catalog.notFound', { code })}</h1>
      </section>
    );
  }
  const standard = service.standard;
  return (
    <section data-testid="screen-service">
      <p><Link to="..">{t('catalog.back')}</Link></p>
      <h1 data-testid="service-name">{service.name}</h1>
      <dl className="facts">
        <div><dt>{t('catalog.code')}</dt><dd>{service.code}</dd></div>
        <div><dt>{t('catalog.level')}</dt><dd>{t(`catalog.level_${service.level}`)}</dd></div>
        <div><dt>{t('catalog.channels')}</dt><dd>{service.channels.map((channel) => t(`channel.${channel}`)).join(', ')}</dd></div>
      </dl>
      <section className="panel" aria-labelledby="standard-heading" data-testid="service-standard">
        <h2 id="standard-heading">{t('catalog.currentStandard', { version: standard.version })}</h2>
        <dl className="facts">
          <div><dt>{t('catalog.publishedAt')}</dt><dd>{formatInstant(standard.publishedAt, i18n.language)}</dd></div>
          <div><dt>{t('catalog.completion')}</dt><dd data-testid="standard-completion">{text.completion(standard)}</dd></div>
          <div><dt>{t('catalog.fee')}</dt><dd data-testid="standard-fee">{text.fee(standard.fee)}</dd></div>
          <div><dt>{t('catalog.product')}</dt><dd data-testid="standard-product">{standard.product}</dd></div>
          <div><dt>{t('catalog.complaintChannel')}</dt><dd>{standard.complaintChannel}</dd></div>
          <div><dt>{t('catalog.legalBasis')}</dt><dd>{standard.legalBasis}</dd></div>
        </dl>
        <h3>{t('catalog.requirements')}</h3>
        {standard.requirements.length === 0 ? <p className="muted">{t('catalog.noRequirements')}</p> : (
          <ul data-testid="standard-requirements">
            {standard.requirements.map((requirement) => (
              <li key={requirement.code}>{requirement.name} <span className="muted">({requirement.code}, {requirement.required ? t('catalog.required') : t('catalog.optional')})</span></li>
            ))}
          </ul>
        )}
        <h3>{t('catalog.procedure')}</h3>
        <ol data-testid="standard-procedure">{standard.procedure.map((step, index) => <li key={index}>{step}</li>)}</ol>
      </section>
      <VersionHistory key={service.currentVersion} code={service.code} current={service.currentVersion} />
      {/* Keyed by the service alone: a reload after saving must not remount the form and lose its saved notice. */}
      <OfferForm key={`offer-${service.code}`} service={service} onOffered={reload} />
      {published !== null && <p className="notice" role="status" data-testid="standard-published">{t('catalog.published', { version: published })}</p>}
      <StandardForm key={`${service.code}-${service.currentVersion}`} code={service.code} standard={standard} onPublished={(version) => { setPublished(version); reload(); }} />
    </section>
  );
}

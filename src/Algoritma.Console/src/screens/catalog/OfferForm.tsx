import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FieldErrors } from '../../components/FieldErrors';
import { ErrorState, Loading } from '../../components/States';
import type { Channel, UnitLevel } from '../../gql/graphql';
import { errorsByField, type PayloadError } from '../campaigns/payloadErrors';
import { CatalogUnitsQuery, OfferServiceMutation } from './queries';
import { inService } from '../../lib/units';

const CHANNELS: Channel[] = ['ONLINE', 'COUNTER', 'KIOSK', 'ASSISTED'];
const FIELDS = ['code', 'unitCodes', 'channels'];

interface Offered { code: string; level: UnitLevel; channels: readonly Channel[]; offeredUnits: readonly string[] }

// Where and how a service is offered: units of its level (a kecamatan's, or the kelurahan/desa grouped by kecamatan; none
// ticked means all of them) and the channels.
export function OfferForm({ service, onOffered }: { service: Offered; onOffered: () => void }) {
  const { t } = useTranslation();
  const [units] = useQuery({ query: CatalogUnitsQuery, requestPolicy: 'cache-first' });
  const [chosenUnits, setChosenUnits] = useState<string[]>([...service.offeredUnits]);
  const [channels, setChannels] = useState<Channel[]>([...service.channels]);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [done, setDone] = useState(false);
  const [result, offer] = useMutation(OfferServiceMutation);
  const byField = errorsByField(errors, FIELDS);
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const answer = await offer({ input: { code: service.code, unitCodes: chosenUnits, channels } });
    if (answer.error) {
      setErrors([{ code: 'NETWORK', message: answer.error.message, path: [] }]);
      return;
    }
    const payloadErrors = answer.data?.offerService.errors ?? [];
    setErrors(payloadErrors);
    if (payloadErrors.length === 0) {
      setDone(true);
      onOffered();
    }
  };

  const groups = inService(units.data?.kecamatans.nodes ?? []).map((kecamatan) => ({
    name: kecamatan.name,
    units: service.level === 'KECAMATAN' ? [{ code: kecamatan.code, name: kecamatan.name }] : inService(kecamatan.villages.nodes),
  }));
  const unitBox = (unit: { code: string; name: string }) => (
    <label key={unit.code} className="check">
      <input type="checkbox" checked={chosenUnits.includes(unit.code)} onChange={() => setChosenUnits(toggle(chosenUnits, unit.code))}
        data-testid={`offer-unit-${unit.code}`} />
      {unit.name} <span className="muted">({unit.code})</span>
    </label>
  );
  return (
    <section className="panel" aria-labelledby="offer-heading">
      <h2 id="offer-heading">{t('catalog.offer')}</h2>
      <p className="hint">{t('catalog.offerHint')}</p>
      {units.error && !units.data ? <ErrorState detail={units.error.message} />
        : !units.data ? <Loading />
          : (
            <form className="form" onSubmit={submit} noValidate data-testid="offer-form">
              <fieldset aria-describedby={byField.has('unitCodes') ? 'offer-unitCodes-error' : undefined}>
                <legend>{t('catalog.offerUnits', { count: chosenUnits.length })}</legend>
                {service.level === 'KECAMATAN'
                  ? <div className="check-grid">{groups.flatMap((group) => group.units).map(unitBox)}</div>
                  : groups.map((group) => (
                    <details key={group.name}>
                      <summary>{group.name} ({group.units.filter((unit) => chosenUnits.includes(unit.code)).length}/{group.units.length})</summary>
                      <div className="check-grid">{group.units.map(unitBox)}</div>
                    </details>
                  ))}
              </fieldset>
              <FieldErrors id="offer-unitCodes-error" errors={byField.get('unitCodes')} prefix="catalog" />
              <fieldset aria-describedby={byField.has('channels') ? 'offer-channels-error' : undefined}>
                <legend>{t('catalog.channels')}</legend>
                {CHANNELS.map((channel) => (
                  <label key={channel} className="check">
                    <input type="checkbox" checked={channels.includes(channel)} onChange={() => setChannels(toggle(channels, channel))}
                      data-testid={`offer-channel-${channel}`} />
                    {t(`channel.${channel}`)}
                  </label>
                ))}
              </fieldset>
              <FieldErrors id="offer-channels-error" errors={byField.get('channels')} prefix="catalog" />
              <FieldErrors id="offer-form-error" errors={[...(byField.get('') ?? []), ...(byField.get('code') ?? [])]} prefix="catalog" />
              <div><button type="submit" className="button button-primary" disabled={result.fetching} data-testid="offer-submit">{result.fetching ? t('catalog.saving') : t('catalog.offerSave')}</button></div>
              {done && <p className="notice" role="status" data-testid="offer-saved">{t('catalog.offerSaved')}</p>}
            </form>
          )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { PayloadError } from './payloadErrors';

/** The API's errors for one field, beside it (the field names this element in aria-describedby); in Indonesian when
 *  the code is known, with the API's own (English) message after it, which names the wave or unit at fault. */
export function FieldError({ id, errors }: { id: string; errors: readonly PayloadError[] | undefined }) {
  const { t, i18n } = useTranslation();
  if (!errors?.length) return null;
  const key = (code: string) => `campaigns.error_${code}`;
  return (
    <p className="field-error" id={id} data-testid={id} role="alert">
      {errors.map((error) => (
        <span key={`${error.code}-${error.message}`} className="field-error-line">
          {!i18n.language.startsWith('en') && i18n.exists(key(error.code))
            ? <>{t(key(error.code))} <span lang="en" className="field-error-detail">{error.message}</span></>
            : error.message}{' '}
          <code>{error.code}</code>
        </span>
      ))}
    </p>
  );
}

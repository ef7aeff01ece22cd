import { useTranslation } from 'react-i18next';
import type { PayloadError } from '../screens/campaigns/payloadErrors';

/** A form's payload errors beside the field their path names (the field points here with aria-describedby): in
 *  Indonesian when `<prefix>.error_<CODE>` exists, with the API's own (English) message after it. */
export function FieldErrors({ id, errors, prefix }: { id: string; errors: readonly PayloadError[] | undefined; prefix: string }) {
  const { t, i18n } = useTranslation();
  if (!errors?.length) return null;
  const key = (code: string) => `${prefix}.error_${code}`;
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

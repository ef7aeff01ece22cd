import type { PayloadError } from './payloadErrors';

/** The API's errors for one field, beside it; the field names this element in aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors: readonly PayloadError[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p className="field-error" id={id} data-testid={`${id}`} role="alert">
      {errors.map((error) => <span key={`${error.code}-${error.message}`} className="field-error-line">{error.message} <code>{error.code}</code></span>)}
    </p>
  );
}

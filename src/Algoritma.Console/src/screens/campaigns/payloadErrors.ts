import type { CombinedError } from 'urql';

export interface PayloadError { code: string; message: string; path: readonly string[] }

/** The payload's errors by the input field their path names (["input", "waves"] → "waves"); "" for the rest. */
export function errorsByField(errors: readonly PayloadError[], fields: readonly string[]): Map<string, PayloadError[]> {
  const byField = new Map<string, PayloadError[]>();
  for (const error of errors) {
    const named = error.path.find((part) => fields.includes(part)) ?? '';
    byField.set(named, [...(byField.get(named) ?? []), error]);
  }
  return byField;
}

/** A stale expectedVersion or a lost race: the API refuses the whole request with CONFLICT. */
export function isConflict(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === 'CONFLICT');
}

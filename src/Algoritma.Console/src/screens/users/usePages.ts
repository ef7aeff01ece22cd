import { useEffect, useMemo, useState } from 'react';

/**
 * Pages of a Relay list loaded one after another ("load more"), started again when `key` (the filter) changes.
 * `after` is the cursor of the page to fetch; `add` files a fetched page under it.
 */
export function usePages<T>(key: string) {
  const [state, setState] = useState<{ key: string; after: string | null; pages: Map<string, T[]> }>({ key, after: null, pages: new Map() });
  const current = state.key === key ? state : { key, after: null, pages: new Map<string, T[]>() };
  useEffect(() => {
    if (state.key !== key) setState({ key, after: null, pages: new Map() });
  }, [key, state.key]);
  const rows = useMemo(() => [...current.pages.values()].flat(), [current.pages]);
  return {
    after: current.after,
    rows,
    add: (after: string | null, page: T[]) => setState((s) => (s.key === key ? { ...s, pages: new Map(s.pages).set(after ?? '', page) } : s)),
    more: (cursor: string | null) => setState((s) => ({ ...s, after: cursor })),
    patch: (change: (page: T[]) => T[]) => setState((s) => ({ ...s, pages: new Map([...s.pages].map(([cursor, page]) => [cursor, change(page)])) })),
    reset: () => setState({ key, after: null, pages: new Map() }),
  };
}

/** A text input's value once the typing stops for `ms`. */
export function useSettled(value: string, ms = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

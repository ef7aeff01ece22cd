import { useEffect, useState } from 'react';

const PHONE = '(max-width: 720px)';

/** True on a phone-sized viewport: charts drop what does not fit (cell labels, wide margins). */
export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(PHONE).matches);
  useEffect(() => {
    const query = window.matchMedia(PHONE);
    const update = () => setNarrow(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return narrow;
}

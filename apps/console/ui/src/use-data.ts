import { useEffect, useState } from 'preact/hooks';
import { getJson } from './api.js';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
}

/** GETs `path` whenever it changes, and again every `everyMs` when given (a page that stays live). */
export function useData<T>(path: string | null, everyMs?: number): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null });
  useEffect(() => {
    if (path === null) return undefined;
    let cancelled = false;
    const load = () =>
      getJson<T>(path).then(
        (data) => !cancelled && setState({ data, error: null }),
        (error: Error) => !cancelled && setState((previous) => ({ data: previous.data, error: error.message })),
      );
    setState({ data: null, error: null });
    void load();
    const timer = everyMs ? setInterval(() => void load(), everyMs) : undefined;
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [path, everyMs]);
  return state;
}

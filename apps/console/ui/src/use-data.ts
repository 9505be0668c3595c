import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson } from './api.js';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
}

/**
 * GETs `path` whenever it changes, and again every `everyMs` when given (a page that stays live) or when
 * `reload` is called (after an action changed it). Only a new path clears what is shown.
 */
export function useData<T>(path: string | null, everyMs?: number): Loaded<T> & { reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null });
  const [round, setRound] = useState(0);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (path === null) return undefined;
    let cancelled = false;
    const load = () =>
      getJson<T>(path).then(
        (data) => !cancelled && setState({ data, error: null }),
        (error: Error) => !cancelled && setState((previous) => ({ data: previous.data, error: error.message })),
      );
    if (shown.current !== path) setState({ data: null, error: null });
    shown.current = path;
    void load();
    const timer = everyMs ? setInterval(() => void load(), everyMs) : undefined;
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [path, everyMs, round]);
  return { ...state, reload: () => setRound((n) => n + 1) };
}

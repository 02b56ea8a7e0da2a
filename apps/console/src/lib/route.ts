import { useEffect, useState } from 'preact/hooks';

/** Hash routes: the gateway serves one index.html; `#/queue/pending`, `#/approvals/<id>`, … */
export type Route =
  | { name: 'queue'; status: 'pending' | 'decided' | 'all' }
  | { name: 'approval'; id: string }
  | { name: 'tasks' }
  | { name: 'task'; id: string };

export function parseRoute(hash: string): Route {
  const [, first, second] = hash.replace(/^#/, '').split('/');
  const id = second ? decodeURIComponent(second) : undefined;
  if (first === 'approvals' && id) return { name: 'approval', id };
  if (first === 'tasks') return id ? { name: 'task', id } : { name: 'tasks' };
  if (first === 'queue' && (second === 'decided' || second === 'all'))
    return { name: 'queue', status: second };
  return { name: 'queue', status: 'pending' };
}

export function go(path: string): void {
  location.hash = path;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = (): void => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

/** A clock for countdowns: re-renders every `everyMs`. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

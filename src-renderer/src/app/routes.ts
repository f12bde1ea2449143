// The app's screens, addressed by the URL hash so that a reload stays on the same screen:
// #/inbox, #/practice, #/settings, #/case/<caseId>.
import { useEffect, useState } from 'react';

export type Route = { name: 'inbox' } | { name: 'practice' } | { name: 'settings' } | { name: 'case'; caseId: string };
export type TopRoute = 'inbox' | 'practice' | 'settings';

export function routeFromHash(hash: string): Route {
  const [name, param] = hash.replace(/^#\/?/, '').split('/');
  if (name === 'settings') return { name: 'settings' };
  if (name === 'practice') return { name: 'practice' };
  if (name === 'case' && param) return { name: 'case', caseId: decodeURIComponent(param) };
  return { name: 'inbox' };
}

export function hashOf(route: Route): string {
  return route.name === 'case' ? `#/case/${encodeURIComponent(route.caseId)}` : `#/${route.name}`;
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (next) => (window.location.hash = hashOf(next))];
}

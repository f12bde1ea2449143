// The app's screens, addressed by the URL hash so that a reload stays on the same screen.
import { useEffect, useState } from 'react';

export const ROUTES = ['inbox', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'inbox';
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (next) => (window.location.hash = `#/${next}`)];
}

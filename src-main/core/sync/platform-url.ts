// Where a platform path is: under the platform's address, the address's own path kept. A platform
// served under a sub-path (https://host/smo/ behind a hospital's gateway) has its API at
// https://host/smo/api/v1/…; resolving "/api/v1/…" as a URL would drop "/smo". An address that
// names the API itself (".../api/v1", as the README once showed) is read as the platform it is on.

/** `path` ("/api/v1/feed?since=3", "/.well-known/smo-platform") under the platform at `base`. */
export function platformUrl(base: string, path: string): URL {
  const url = new URL(base);
  const at = path.indexOf('?');
  const pathname = at === -1 ? path : path.slice(0, at);
  const root = url.pathname.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  url.pathname = `${root}/${pathname.replace(/^\/+/, '')}`;
  url.search = at === -1 ? '' : path.slice(at);
  url.hash = '';
  return url;
}

// Where a document's bytes are served: the same origin's content route, in the browser preview
// (/content/<id> over loopback HTTP) and in Electron (app://workstation/content/<id>).
export function contentUrl(documentId: string): string {
  return new URL(`/content/${encodeURIComponent(documentId)}`, window.location.href).href;
}

// Where a document's bytes are served, as the transport says: the app:// protocol in Electron, the
// preview's content route (with its access) in the browser preview.
export function contentUrl(documentId: string): string {
  if (!window.workstation) throw new Error('The workstation bridge is not loaded.');
  return window.workstation.contentUrl(documentId);
}

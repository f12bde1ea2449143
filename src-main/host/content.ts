// The seam through which documents (DICOM, PDF, photos) reach the page as bytes, streamed by
// range, never through JSON calls. Electron serves it from the app:// protocol, the preview from
// an HTTP route; the source behind it is core's vault (arrives with the cache and sync issues).
import type { ByteRange } from './byte-range';

export interface ContentEntity {
  size: number;
  mediaType: string;
  /** A strong validator of these exact bytes (the plaintext SHA-256 once documents exist). */
  etag: string;
  read(range: ByteRange): AsyncIterable<Uint8Array>;
}

export interface ContentSource {
  /** The document named by `ref`, or null if there is none (→ 404). */
  open(ref: string): Promise<ContentEntity | null>;
}

/** Until documents are synced into the vault there is nothing to serve. */
export const noContent: ContentSource = { open: async () => null };

// The seam through which documents (DICOM, PDF, photos) reach the page as bytes, streamed by
// range, never through JSON calls. Electron serves it from the app:// protocol, the preview from
// an HTTP route; the source behind it is core's vault (arrives with the cache and sync issues).
import type { ByteRange } from '../../shared/byte-range';
import type { CoreConnection } from './core-connection';

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

/** Nothing to serve (tests of the transport alone). */
export const noContent: ContentSource = { open: async () => null };

const SLICE = 1024 * 1024;

/** Documents from core's vault, asked for over the core process's channel in 1 MiB slices. */
export function coreContent(core: Pick<CoreConnection, 'content'>): ContentSource {
  return {
    async open(ref) {
      const answer = await core.content({ type: 'content-info', ref });
      if (!answer.ok) return null;
      const info = answer.value as { size: number; mediaType: string; etag: string };
      return {
        ...info,
        async *read({ start, end }) {
          for (let from = start; from <= end; from += SLICE) {
            const to = Math.min(end, from + SLICE - 1);
            const slice = await core.content({ type: 'content-read', ref, start: from, end: to });
            if (!slice.ok) throw new Error(`content unavailable: ${slice.code}`);
            yield slice.value as Uint8Array;
          }
        },
      };
    },
  };
}

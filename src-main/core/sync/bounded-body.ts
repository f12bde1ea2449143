// Reading a platform's answer without trusting its size: a body is read up to a bound and the
// connection dropped past it, so a server that lies (a 10 GB "record", an endless stream) costs
// at most the bound, never core's memory.
import { PlatformError } from './platform-error';

/** A case record with its questionnaire, a page of the feed, a thread of messages: far below this. */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;

/** The body as text, or a PlatformError (`refused`, code RESPONSE_TOO_LARGE) past `maxBytes`. */
export async function readBoundedText(response: Response, maxBytes = MAX_JSON_BYTES): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return tooLarge(response);
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > maxBytes) return tooLarge(response);
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString('utf8');
}

/** The body parsed as JSON (null when it is not JSON), read within the bound. */
export async function readBoundedJson(response: Response, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const text = await readBoundedText(response, maxBytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new PlatformError({ kind: 'refused', status: response.status, code: 'RESPONSE_NOT_JSON', detail: '' });
  }
}

async function tooLarge(response: Response): Promise<never> {
  await response.body?.cancel().catch(() => {});
  throw new PlatformError({ kind: 'refused', status: response.status, code: 'RESPONSE_TOO_LARGE', detail: '' });
}

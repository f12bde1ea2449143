// The content route's key image pictures, `key-image/<case id>/<attachment id>@<frame>`: the JPEG
// the expert saw when marking the image, for the report pane's figures (the report's PDF embeds
// the same bytes).
import { KEY_IMAGE_CONTENT_PREFIX } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { GeneratedDocument } from '../documents/document-content';
import { CoreError } from '../rpc/core-error';
import { keyImagePicture } from './key-images';

export function keyImageContent(cache: CaseCache): (ref: string) => Promise<GeneratedDocument> | null {
  return (ref) => {
    if (!ref.startsWith(KEY_IMAGE_CONTENT_PREFIX)) return null;
    const [caseId, image] = ref.slice(KEY_IMAGE_CONTENT_PREFIX.length).split('/');
    const match = /^(.+)@(\d+)$/.exec(image ?? '');
    if (!caseId || !match?.[1]) return null;
    const picture = keyImagePicture(cache.database(), caseId, match[1], Number(match[2]));
    if (!picture) return Promise.reject(new CoreError('CONTENT_NOT_FOUND', 'This key image has no picture.'));
    return Promise.resolve({ bytes: picture, mediaType: 'image/jpeg' });
  };
}

// Image ids name one frame of one version of one document: `smo:<document id>@<sha256>#<frame>`.
// A new version of a file is a new id, so the image cache can never give back the pixels of
// another file, or of the same file before it changed.
const PREFIX = 'smo:';

export interface ImageAddress {
  documentId: string;
  version: string;
  frame: number;
}

export function imageIdOf({ documentId, version, frame }: ImageAddress): string {
  return `${PREFIX}${encodeURIComponent(documentId)}@${encodeURIComponent(version)}#${frame}`;
}

export function imageAddressOf(imageId: string): ImageAddress | null {
  const match = /^smo:([^@#]+)@([^#]+)#(\d+)$/.exec(imageId);
  if (!match) return null;
  try {
    return { documentId: decodeURIComponent(match[1] ?? ''), version: decodeURIComponent(match[2] ?? ''), frame: Number(match[3]) };
  } catch {
    return null;
  }
}

/** The worker's key for a file: its id and version together. */
export const fileKeyOf = (address: ImageAddress) => `${address.documentId}@${address.version}`;

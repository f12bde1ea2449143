// A series as the stack the viewer scrolls: one entry per image, a multi-frame file contributing
// one entry per frame, in the series' display order.
import type { DicomSeries } from '../../../../../contract';
import { imageIdOf } from './decode/image-id';

export interface StackImage {
  attachmentId: string;
  /** Frame within its file, from 0. */
  frame: number;
  imageId: string;
  sliceLocation: number | null;
  sliceThickness: number | null;
}

export function stackOf(series: DicomSeries): StackImage[] {
  return series.images.flatMap((image) =>
    Array.from({ length: Math.max(1, image.frames) }, (_, frame) => ({
      attachmentId: image.attachmentId,
      frame,
      imageId: imageIdOf({ documentId: image.attachmentId, version: image.version, frame }),
      sliceLocation: image.sliceLocation,
      sliceThickness: image.sliceThickness,
    })),
  );
}

/** Where an image (file and frame) sits in its series' stack, or -1. */
export function stackIndexOf(stack: StackImage[], attachmentId: string, frame = 0): number {
  return stack.findIndex((s) => s.attachmentId === attachmentId && s.frame === frame);
}

// A DicomSeries as core lists it, for unit tests of what the viewer does with series: the fields
// a test does not name take plain values.
import type { DicomSeries, ImageGeometry } from '../../contract';

export function seriesOf(fields: Partial<DicomSeries> & { seriesUid: string }): DicomSeries {
  return {
    studyUid: 'study',
    modality: 'CT',
    studyDescription: '',
    studyDate: null,
    studyTime: null,
    seriesDescription: fields.seriesUid,
    seriesNumber: null,
    frameOfReferenceUid: '',
    bodyPart: '',
    localizer: false,
    lossy: false,
    transferSyntax: '1.2.840.10008.1.2.1',
    transferSyntaxName: 'Explicit VR Little Endian',
    images: [],
    ...fields,
  };
}

/** A stack of `count` images of `size`² pixels, slice i at `position(i)` with the orientation given. */
export function imagesOf(count: number, geometry: (i: number) => ImageGeometry | null, size = 512): DicomSeries['images'] {
  return Array.from({ length: count }, (_, i) => ({
    attachmentId: `image-${i}`,
    version: 'v',
    instanceNumber: i + 1,
    sliceLocation: null,
    sliceThickness: null,
    rows: size,
    columns: size,
    frames: 1,
    geometry: geometry(i),
  }));
}

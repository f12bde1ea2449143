// An imaging centre's CD export, zipped as a patient uploads it: a DICOMDIR at the root, the
// images under DICOM/ with the extension-less 8-character names of ISO 9660, and the files a CD
// carries besides (an autorun, a viewer's readme) that are not imaging.
import { demoUid, writeDicomFile, type Element } from './dicom-writer';
import type { DicomInstance } from './phantoms';
import { writeZip, type ZipMember } from './zip-writer';

const MEDIA_DIRECTORY = '1.2.840.10008.1.3.10';

export interface CdImage {
  /** Path on the CD, `/`-separated ("DICOM/S1/IM0001"). */
  path: string;
  instance: DicomInstance;
  sopClassUid: string;
  sopInstanceUid: string;
}

/**
 * The DICOMDIR: one image record per file with its referenced file id. The records' offset fields
 * are left at zero (no links between records): readers that walk the sequence, as the
 * workstation does, find every file; ones that follow offsets see a flat list.
 */
export function dicomdir(fileSetId: string, images: CdImage[]): Buffer {
  const records: Element[][] = images.map((image) => [
    { tag: 0x00041400, vr: 'UL', value: 0 },
    { tag: 0x00041410, vr: 'US', value: 0xffff },
    { tag: 0x00041420, vr: 'UL', value: 0 },
    { tag: 0x00041430, vr: 'CS', value: 'IMAGE' },
    { tag: 0x00041500, vr: 'CS', value: image.path.split('/') },
    { tag: 0x00041510, vr: 'UI', value: image.sopClassUid },
    { tag: 0x00041511, vr: 'UI', value: image.sopInstanceUid },
    { tag: 0x00041512, vr: 'UI', value: '1.2.840.10008.1.2.1' },
  ]);
  return writeDicomFile(MEDIA_DIRECTORY, demoUid('dicomdir', fileSetId), [
    { tag: 0x00041130, vr: 'CS', value: fileSetId },
    { tag: 0x00041200, vr: 'UL', value: 0 },
    { tag: 0x00041202, vr: 'UL', value: 0 },
    { tag: 0x00041212, vr: 'US', value: 0 },
    { tag: 0x00041220, vr: 'SQ', value: records },
  ]);
}

/** The zipped CD: DICOMDIR, images, and `extra` members (other files, or broken ones for tests). */
export function cdExport(fileSetId: string, images: CdImage[], extra: ZipMember[] = []): Buffer {
  return writeZip([
    { name: 'DICOMDIR', bytes: dicomdir(fileSetId, images) },
    ...images.map((image) => ({ name: image.path, bytes: image.instance.bytes })),
    { name: 'README.TXT', bytes: Buffer.from('Imaging centre CD. Open DICOMDIR with any DICOM viewer.\r\n') },
    { name: 'AUTORUN.INF', bytes: Buffer.from('[autorun]\r\nopen=VIEWER\\VIEWER.EXE\r\n') },
    ...extra,
  ]);
}

// A case's imaging as a service: its DICOM series (indexed when their files were downloaded), one
// object's tags and description, an archive's contents, and what the expert marks on the images
// (measurements, key images). Every call is bounded to the case it names.
import type {
  HangingProtocol,
  ArchiveContents,
  DicomObject,
  DicomSeries,
  DicomTag,
  KeyImage,
  Measurement,
  MeasurementDraft,
  ViewerState,
} from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { Clock } from '../ports';
import { listDicomSeries, reindexStale } from './dicom-index';
import { readDicomTags } from './dicom-tags';
import { assertImageOfCase, listMeasurements, removeMeasurement, saveMeasurement } from './measurements';
import { listKeyImages, pictureFor, setKeyImage } from './key-images';
import { describeDicomObject } from './dicom-object';
import { describeArchive } from './dicom-archive';
import { readViewerState, writeViewerState } from './viewer-state';
import { loadHangingProtocols, type HangingProtocolLibrary } from './hanging-protocols';
import type { Logger } from '../log/logger';

export interface ImagingServiceDeps {
  cache: CaseCache;
  clock: Clock;
  log: Logger;
  hangingProtocolsDir: string;
  /** Cases whose state changed beyond the imaging (a key image unmarked leaves the report's draft). */
  changed: (caseIds: string[]) => void;
}

export class ImagingService {
  /** Loaded once: a broken file is logged by name and left out. */
  private readonly hanging: HangingProtocolLibrary;

  constructor(private readonly deps: ImagingServiceDeps) {
    this.hanging = loadHangingProtocols(deps.hangingProtocolsDir);
    for (const { file } of this.hanging.problems) deps.log.error('hanging protocol refused', { file });
  }

  hangingProtocols(): HangingProtocol[] {
    return this.hanging.protocols;
  }

  /** The case's series; instances indexed by an older version are read again first (once). */
  async series(caseId: string): Promise<DicomSeries[]> {
    await reindexStale(this.deps.cache, caseId);
    return listDicomSeries(this.deps.cache.database(), caseId);
  }

  tags(caseId: string, attachmentId: string): Promise<DicomTag[]> {
    assertImageOfCase(this.deps.cache.database(), caseId, attachmentId);
    return readDicomTags(this.deps.cache, attachmentId);
  }

  object(caseId: string, attachmentId: string): Promise<DicomObject> {
    assertImageOfCase(this.deps.cache.database(), caseId, attachmentId);
    return describeDicomObject(this.deps.cache, attachmentId);
  }

  archive(caseId: string, attachmentId: string): Promise<ArchiveContents & { firstImage: string | null }> {
    return describeArchive(this.deps.cache, caseId, attachmentId);
  }

  measurements(caseId: string): Measurement[] {
    return listMeasurements(this.deps.cache.database(), caseId);
  }

  saveMeasurement(caseId: string, measurement: MeasurementDraft): Promise<Measurement> {
    return this.deps.cache.write((db) => saveMeasurement(db, caseId, measurement, this.deps.clock.now()));
  }

  async removeMeasurement(caseId: string, id: string): Promise<{ removed: boolean }> {
    return { removed: await this.deps.cache.write((db) => removeMeasurement(db, caseId, id)) };
  }

  keyImages(caseId: string): KeyImage[] {
    return listKeyImages(this.deps.cache.database(), caseId);
  }

  async setKeyImage(caseId: string, image: Omit<KeyImage, 'createdAt' | 'hasPicture'>, key: boolean, picture?: string | null): Promise<KeyImage[]> {
    const bytes = key ? await pictureFor(picture) : null;
    const keyImages = await this.deps.cache.write((db) => setKeyImage(db, caseId, image, key, bytes, this.deps.clock.now()));
    // Unmarking takes the image out of the report's draft: the report pane reloads.
    if (!key) this.deps.changed([caseId]);
    return keyImages;
  }

  viewerState(caseId: string): ViewerState | null {
    return readViewerState(this.deps.cache.database(), caseId);
  }

  async saveViewerState(caseId: string, state: ViewerState): Promise<{ saved: boolean }> {
    return { saved: await this.deps.cache.write((db) => writeViewerState(db, caseId, state, this.deps.clock.now())) };
  }
}

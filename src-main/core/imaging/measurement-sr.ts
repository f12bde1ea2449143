// The case's measurements as a DICOM Structured Report, TID 1500 "Imaging Measurement Report",
// written with dcmjs (the OHIF tools' DICOM library, whose TID 300 classes encode each measurement
// with its SCOORD on the image it was drawn on): lengths, angles and elliptical ROIs (area, and
// mean and standard deviation in the image's units), and a probe as the value at its point. Each
// value carries its real unit: a length measured in pixels is written in pixels, never as mm.
// The report belongs to the patient and study of the images measured (copied from the first
// image's header), so that a PACS files it beside them. Runs in core's worker.
import { createRequire } from 'node:module';
import type { DataSet } from 'dicom-parser';
import type { Measurement } from '../../../contract';
import { parseDicomFile } from './dicom-parse';

/** Where a measured image sits in DICOM: its study, series, instance and class, and frame count. */
export interface MeasuredImage {
  studyUid: string;
  seriesUid: string;
  sopUid: string;
  sopClassUid: string;
  frames: number;
}

export interface MeasurementSrInput {
  measurements: Measurement[];
  images: Record<string, MeasuredImage>;
  /** The first bytes of the first measured image: the patient and study are copied from it. */
  header: Uint8Array;
  now: string;
}

type Point = { x: number; y: number };
type Content = Record<string, unknown>;
interface Measured {
  ReferencedSOPSequence: Content;
  contentItem(): Content[];
}
type Representation = new (props: Record<string, unknown>) => Measured;
interface Dcmjs {
  utilities: {
    TID1500: {
      TID1500MeasurementReport: new (groups: { TID1501MeasurementGroups: unknown[] }) => {
        contentItem(source: Content | Content[], options: Content): Content;
      };
      TID1501MeasurementGroup: new (measurements: Measured[]) => unknown;
    };
    TID300: { Length: Representation; CobbAngle: Representation; Ellipse: Representation; Point: Representation };
  };
  derivations: { StructuredReport: new (datasets: Content[]) => { dataset: Content } };
  data: { datasetToBuffer(dataset: Content): Buffer; DicomMetaDictionary: { uid(): string } };
}

const dcmjs = createRequire(import.meta.url)('dcmjs') as Dcmjs;
const { Length, CobbAngle, Ellipse, Point: PointMeasurement } = dcmjs.utilities.TID300;
const { TID1500MeasurementReport, TID1501MeasurementGroup } = dcmjs.utilities.TID1500;

/** Enhanced SR, the class TID 1500 reports use (PS3.4 B.5). */
const ENHANCED_SR = '1.2.840.10008.5.1.4.1.1.88.22';
const MULTI_FRAME = /^1\.2\.840\.10008\.5\.1\.4\.1\.1\.(12\.1|12\.2|3\.1|6\.2|7\.[1-4]|77\.1\.\d|20|128\.1|13\.1\.\d)/;

const PATIENT_AND_STUDY: [string, string][] = [
  ['x00100010', 'PatientName'],
  ['x00100020', 'PatientID'],
  ['x00100030', 'PatientBirthDate'],
  ['x00100040', 'PatientSex'],
  ['x00080020', 'StudyDate'],
  ['x00080030', 'StudyTime'],
  ['x00080050', 'AccessionNumber'],
  ['x00200010', 'StudyID'],
  ['x00080090', 'ReferringPhysicianName'],
  ['x00081030', 'StudyDescription'],
];

/** SCT "Mean": the value at a probe's point is the mean over that one pixel. */
const MEAN = { CodeValue: '373098007', CodingSchemeDesignator: 'SCT', CodeMeaning: 'Mean' };

function signalUnit(m: Measurement): string {
  return m.signal === 'HU' ? 'HU' : 'no units';
}

/** A probe: dcmjs's point writes a placeholder value; this writes the value measured, in its unit. */
function probe(m: Measurement, ReferencedSOPSequence: Content): Measured {
  const point = new PointMeasurement({ points: m.points, ReferencedSOPSequence, trackingIdentifierTextValue: 'smo-workstation:probe', findingSites: [] });
  return {
    ReferencedSOPSequence,
    contentItem: () =>
      point.contentItem().map((item) =>
        item.ValueType === 'NUM'
          ? {
              ...item,
              ConceptNameCodeSequence: MEAN,
              MeasuredValueSequence: {
                NumericValue: m.values.value ?? 0,
                MeasurementUnitsCodeSequence:
                  m.signal === 'HU'
                    ? { CodeValue: "[hnsf'U]", CodingSchemeDesignator: 'UCUM', CodingSchemeVersion: '1.4', CodeMeaning: 'Hounsfield unit' }
                    : { CodeValue: '1', CodingSchemeDesignator: 'UCUM', CodeMeaning: 'no units' },
              },
            }
          : item,
      ),
  };
}

function measured(m: Measurement, image: MeasuredImage): Measured {
  const ReferencedSOPSequence: Content = {
    ReferencedSOPClassUID: image.sopClassUid,
    ReferencedSOPInstanceUID: image.sopUid,
    ...(image.frames > 1 || MULTI_FRAME.test(image.sopClassUid) ? { ReferencedFrameNumber: m.frame + 1 } : {}),
  };
  const [a, b, c] = m.points as [Point, Point, Point?];
  const common = { ReferencedSOPSequence, findingSites: [], trackingIdentifierTextValue: `smo-workstation:${m.kind}` };
  switch (m.kind) {
    case 'length':
      return new Length({ ...common, point1: a, point2: b, distance: m.values.length ?? 0, unit: m.unit });
    case 'angle':
      // An angle's two arms meet at the vertex b: arm a–b and arm b–c.
      return new CobbAngle({ ...common, point1: a, point2: b, point3: b, point4: c ?? b, rAngle: m.values.angle ?? 0 });
    case 'ellipse': {
      const centre = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const rx = Math.abs(b.x - a.x) / 2;
      const ry = Math.abs(b.y - a.y) / 2;
      // The major axis's ends, then the minor axis's (PS3.3 C.18.6.1.2).
      const horizontal = [
        { x: centre.x - rx, y: centre.y },
        { x: centre.x + rx, y: centre.y },
      ];
      const vertical = [
        { x: centre.x, y: centre.y - ry },
        { x: centre.x, y: centre.y + ry },
      ];
      return new Ellipse({
        ...common,
        points: rx >= ry ? [...horizontal, ...vertical] : [...vertical, ...horizontal],
        area: m.values.area ?? 0,
        areaUnit: m.unit === 'mm' ? 'mm²' : 'px²',
        mean: m.values.mean,
        stdDev: m.values.sd,
        max: m.values.max,
        min: m.values.min,
        modalityUnit: signalUnit(m),
      });
    }
    case 'probe':
      return probe(m, ReferencedSOPSequence);
  }
}

const text = (ds: DataSet | null, tag: string) => ds?.string(tag)?.trim() ?? '';

/** The report as a Part 10 file (explicit VR little endian, UTF-8). */
export function measurementSr(input: MeasurementSrInput): Uint8Array {
  const groups = input.measurements.flatMap((m) => {
    const image = input.images[m.attachmentId];
    return image ? [new TID1501MeasurementGroup([measured(m, image)])] : [];
  });
  if (groups.length === 0) throw new Error('No measurement is on an indexed image.');
  let header: DataSet | null = null;
  try {
    header = parseDicomFile(input.header, 'x7fe00010');
  } catch {
    header = null; // the identity stays empty rather than the export failing
  }
  const first = input.images[input.measurements[0]!.attachmentId]!;
  // One source per series measured: dcmjs lists each image under its own series in the evidence.
  const series = new Map<string, Content>();
  for (const image of Object.values(input.images)) series.set(image.seriesUid, { StudyInstanceUID: image.studyUid, SeriesInstanceUID: image.seriesUid });
  const sopToSeries = Object.fromEntries(Object.values(input.images).map((i) => [i.sopUid, i.seriesUid]));
  const content = new TID1500MeasurementReport({ TID1501MeasurementGroups: groups }).contentItem([...series.values()], {
    PersonName: 'Second opinion expert',
    sopInstanceUIDsToSeriesInstanceUIDMap: sopToSeries,
  });
  const identity = Object.fromEntries(PATIENT_AND_STUDY.map(([tag, name]) => [name, text(header, tag)]));
  const report = new dcmjs.derivations.StructuredReport([
    { ...identity, StudyInstanceUID: first.studyUid, SeriesInstanceUID: first.seriesUid, _meta: {}, _vrMap: {} },
  ]);
  const now = new Date(input.now);
  const date = now.toISOString().slice(0, 10).replaceAll('-', '');
  const time = now.toISOString().slice(11, 19).replaceAll(':', '');
  const sopUid = dcmjs.data.DicomMetaDictionary.uid();
  const dataset: Content = {
    ...report.dataset,
    ...content,
    ...identity,
    SpecificCharacterSet: 'ISO_IR 192',
    SOPClassUID: ENHANCED_SR,
    SOPInstanceUID: sopUid,
    StudyInstanceUID: first.studyUid,
    SeriesInstanceUID: dcmjs.data.DicomMetaDictionary.uid(),
    SeriesDescription: 'Second opinion measurements',
    SeriesNumber: '990',
    Modality: 'SR',
    Manufacturer: 'SMO',
    ManufacturerModelName: 'SMO Expert Workstation',
    ContentDate: date,
    ContentTime: time,
    SeriesDate: date,
    SeriesTime: time,
    ContentQualification: 'PRODUCT',
  };
  dataset._meta = {
    FileMetaInformationVersion: { Value: [new Uint8Array([0, 1]).buffer], vr: 'OB' },
    MediaStorageSOPClassUID: { Value: [ENHANCED_SR], vr: 'UI' },
    MediaStorageSOPInstanceUID: { Value: [sopUid], vr: 'UI' },
    TransferSyntaxUID: { Value: ['1.2.840.10008.1.2.1'], vr: 'UI' },
    ImplementationClassUID: { Value: ['1.2.826.0.1.3680043.10.1234.1'], vr: 'UI' },
    ImplementationVersionName: { Value: ['SMO_WS'], vr: 'SH' },
  };
  return new Uint8Array(dcmjs.data.datasetToBuffer(dataset));
}

// Imaging (`imaging.*`, `measurements.*`, `keyImages.*`): series, DICOM objects, archives, measurements, key images.
import { z } from 'zod';
import { type CallTable, CaseId, DocumentId, NoInput } from './common';

const vector3 = z.tuple([z.number(), z.number(), z.number()]);
export const ImageGeometry = z.object({
  position: vector3,
  /** Image Orientation (Patient): the direction of a row (left to right), then of a column (top to bottom). */
  orientation: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number()]),
  pixelSpacing: z.tuple([z.number(), z.number()]),
});
export type ImageGeometry = z.infer<typeof ImageGeometry>;

export const DicomSeries = z.object({
  seriesUid: z.string(),
  studyUid: z.string(),
  modality: z.string(),
  studyDescription: z.string(),
  /** YYYY-MM-DD and HH:MM:SS, null when the files do not say (or were indexed before they were read). */
  studyDate: z.string().nullable(),
  studyTime: z.string().nullable(),
  seriesDescription: z.string(),
  seriesNumber: z.number().nullable(),
  /** The patient-based coordinate system of the series' geometry ('' when the files do not say): series that share it can be cross-referenced. */
  frameOfReferenceUid: z.string(),
  /** Body Part Examined, upper case ('' when absent). */
  bodyPart: z.string(),
  /** A scout made to plan the other series (Image Type LOCALIZER). */
  localizer: z.boolean(),
  lossy: z.boolean(),
  transferSyntax: z.string(),
  /** The transfer syntax by name ("RLE Lossless"), for sentences. */
  transferSyntaxName: z.string(),
  /** In display order (along the slice normal, else by instance number). */
  images: z.array(
    z.object({
      attachmentId: z.string(),
      /** The file's SHA-256: with the id, it names these exact bytes (an image id never outlives a new version). */
      version: z.string(),
      instanceNumber: z.number().nullable(),
      sliceLocation: z.number().nullable(),
      sliceThickness: z.number().nullable(),
      rows: z.number().int(),
      columns: z.number().int(),
      frames: z.number().int(),
      /** Where the image lies in the patient (mm): its first pixel's centre, row and column directions, spacing between rows then columns; null without it. */
      geometry: ImageGeometry.nullable(),
    }),
  ),
});
export type DicomSeries = z.infer<typeof DicomSeries>;

/** What is wrong with a DICOM file the viewer cannot show, named for the expert. */
/** Why a DICOM file cannot be shown; `malformed`: its header cannot be read although the file is not cut short. */
export const DICOM_PROBLEMS = ['not-dicom', 'truncated', 'malformed', 'no-identity', 'no-pixels', 'inconsistent-size', 'unsupported-syntax'] as const;

/** One content item of a structured report: "concept: value", its children nested. */
export type SrItem = { concept: string; value: string; children: SrItem[] };
export const SrItem: z.ZodType<SrItem> = z.lazy(() => z.object({ concept: z.string(), value: z.string(), children: z.array(SrItem) }));

/** The content route serves the document encapsulated in a DICOM file (a PDF) at `<attachment id>/document`. */
export const ENCAPSULATED_DOCUMENT_SUFFIX = '/document';

/** Why a waveform cannot be drawn: no channels, too long, no sampling frequency, an encoding other than 8/16-bit integers, fewer samples than declared, no voltage channel, unreadable. */
export const WAVEFORM_PROBLEMS = ['no-channels', 'too-long', 'no-frequency', 'unsupported-encoding', 'incomplete', 'not-voltage', 'damaged'] as const;
export type WaveformProblem = (typeof WAVEFORM_PROBLEMS)[number];

/** A DICOM waveform's first multiplex group, its leads in microvolts (at most a minute of it is carried). */
export const Waveform = z.object({
  samplingHz: z.number().positive(),
  /** The recording's length; `shownSeconds` of it are carried. */
  seconds: z.number(),
  shownSeconds: z.number(),
  groupLabel: z.string(),
  leads: z.array(z.object({ label: z.string(), microvolts: z.array(z.number()) })),
});
export type Waveform = z.infer<typeof Waveform>;

/** What a DICOM file is, for the document viewer to pick how to show it. */
export const DicomObject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('image') }),
  /** An encapsulated PDF: its bytes are served at `<id>` + ENCAPSULATED_DOCUMENT_SUFFIX. */
  z.object({ kind: z.literal('pdf') }),
  z.object({ kind: z.literal('sr'), title: z.string(), items: z.array(SrItem) }),
  /** The index of a CD (DICOMDIR), not an image: how many files it lists, how many of them are in this case, and the first image among them. */
  z.object({ kind: z.literal('dicomdir'), listed: z.number().int(), present: z.number().int(), firstImage: z.string().nullable() }),
  /** A waveform (ECG): its leads when they can be drawn, else why not. */
  z.object({
    kind: z.literal('waveform'),
    sopClassUid: z.string(),
    modality: z.string(),
    waveform: Waveform.nullable(),
    problem: z.enum(WAVEFORM_PROBLEMS).nullable(),
  }),
  z.object({ kind: z.literal('other'), sopClassUid: z.string(), modality: z.string() }),
  z.object({ kind: z.literal('unreadable'), problem: z.enum(DICOM_PROBLEMS), detail: z.string() }),
]);
export type DicomObject = z.infer<typeof DicomObject>;

/** Why an archive was not unpacked: not a zip, password, too large, members sharing bytes (a zip bomb), inflating far past what images do, no room on the disk. */
export const ARCHIVE_PROBLEMS = ['not-zip', 'encrypted', 'too-large', 'overlapping', 'suspicious-ratio', 'disk-full'] as const;
export type ArchiveProblem = (typeof ARCHIVE_PROBLEMS)[number];

/** What a zip archive held: its DICOM files join the case's series; the rest is counted, not shown. */
export const ArchiveContents = z.object({
  files: z.number().int(),
  dicomFiles: z.number().int(),
  hasDicomdir: z.boolean(),
  otherFiles: z.number().int(),
  /** Files that could not be extracted (damaged, unsupported compression, encrypted); the first few names. */
  damaged: z.array(z.string()),
  /** Files the DICOMDIR lists that the archive lacks (an incomplete copy of the CD); the first few names. */
  missing: z.array(z.string()),
  problem: z.enum(ARCHIVE_PROBLEMS).nullable(),
  detail: z.string(),
});
export type ArchiveContents = z.infer<typeof ArchiveContents>;

export const MEASUREMENT_KINDS = ['length', 'angle', 'ellipse', 'probe'] as const;
/** How many image points each kind of measurement is drawn with. */
export const MEASUREMENT_POINTS = { length: 2, angle: 3, ellipse: 2, probe: 1 } as const;

const ImagePoint = z.object({ x: z.number().finite(), y: z.number().finite() });

/** Where on which image a measurement or a key image sits: enough to go back to it and to quote it. */
const ImagePlace = {
  attachmentId: DocumentId,
  /** Frame within a multi-frame file, from 0 (0 for single-frame files). */
  frame: z.number().int().min(0).max(100_000),
  seriesUid: z.string().max(64),
  seriesNumber: z.number().int().nullable(),
  /** Position of the image in its series' stack as shown, from 1. */
  imageNumber: z.number().int().min(1),
};

const MeasurementFields = z.object({
  id: z.string().uuid(),
  ...ImagePlace,
  kind: z.enum(MEASUREMENT_KINDS),
  /** In image pixels (column, row): length a→b; angle a–vertex–c; ellipse bounding corners; probe point. */
  points: z.array(ImagePoint).min(1).max(3),
  /**
   * The values, computed where the pixels are (the viewer): length and area in `unit` (mm when
   * the image has a pixel spacing, else px); angle in degrees; mean/sd/min/max/value in `signal`
   * units (Hounsfield units for CT, else stored values after the modality rescale).
   */
  values: z
    .object({
      length: z.number().finite().nonnegative(),
      angle: z.number().finite().min(0).max(180),
      area: z.number().finite().nonnegative(),
      mean: z.number().finite(),
      sd: z.number().finite().nonnegative(),
      min: z.number().finite(),
      max: z.number().finite(),
      value: z.number().finite(),
    })
    .partial()
    .strict(),
  unit: z.enum(['mm', 'px']),
  signal: z.enum(['HU', 'value']),
  createdAt: z.string(),
});

function pointsMatchKind(m: { kind: keyof typeof MEASUREMENT_POINTS; points: unknown[] }, ctx: z.RefinementCtx) {
  if (m.points.length !== MEASUREMENT_POINTS[m.kind]) {
    ctx.addIssue({ code: 'custom', path: ['points'], message: `A ${m.kind} has ${MEASUREMENT_POINTS[m.kind]} points.` });
  }
}

export const Measurement = MeasurementFields.superRefine(pointsMatchKind);
const MeasurementDraftSchema = MeasurementFields.omit({ createdAt: true }).superRefine(pointsMatchKind);
export type Measurement = z.infer<typeof Measurement>;
export type MeasurementKind = Measurement['kind'];
export type MeasurementDraft = Omit<Measurement, 'createdAt'>;

/** An image the expert marked as key to the opinion: kept with the case, shown in a strip. */
/** `hasPicture`: the image as the expert saw it when marking it is kept (a report shows it as a figure). */
export const KeyImage = z.object({ ...ImagePlace, createdAt: z.string(), hasPicture: z.boolean() });

/** A key image's picture: JPEG, base64, at most 1024 pixels on its long side (a few hundred kilobytes). */
export const KEY_IMAGE_PICTURE_MAX_BASE64 = 4 * 1024 * 1024;

/** The content route serves a key image's picture at `key-image/<case id>/<attachment id>@<frame>`. */
export const KEY_IMAGE_CONTENT_PREFIX = 'key-image/';
export type KeyImage = z.infer<typeof KeyImage>;

/** One element of a DICOM header, for the tag browser; a sequence's items nest. */
export type DicomTag = { tag: string; vr: string; name: string; value: string; items: DicomTag[][] | null };
export const DicomTag: z.ZodType<DicomTag> = z.lazy(() =>
  z.object({ tag: z.string(), vr: z.string(), name: z.string(), value: z.string(), items: z.array(z.array(DicomTag)).nullable() }),
);

/** The content route serves a case's measurements at `measurements/<case id>/<sr | csv-fr | csv-en>@<any stamp>` (a DICOM SR, or a spreadsheet in that language). */
export const MEASUREMENTS_CONTENT_PREFIX = 'measurements/';

/** The viewer's layouts: one viewport, two side by side, four. */
export const VIEWER_LAYOUTS = ['1x1', '1x2', '2x2'] as const;
export const ViewerLayout = z.enum(VIEWER_LAYOUTS);
export type ViewerLayout = z.infer<typeof ViewerLayout>;

/**
 * How the expert left a case's viewer: the layout, the series in each viewport, which viewports are
 * linked (and whether window and zoom follow too), and the offsets they aligned between series of
 * different studies (mm, keyed "from series>to series"). Kept per case, so that it opens as it was
 * left rather than as the hanging protocol would lay it out.
 */
export const ViewerState = z
  .object({
    layout: ViewerLayout,
    slots: z.array(z.string().max(64)).max(4),
    linked: z.array(z.boolean()).max(4),
    linkWindow: z.boolean(),
    linkZoom: z.boolean(),
    offsets: z.record(z.string().max(130), z.number().finite()).refine((o) => Object.keys(o).length <= 64, 'Too many offsets.'),
  })
  .strict();
export type ViewerState = z.infer<typeof ViewerState>;

/** How many viewports each layout has. */
export const LAYOUT_SLOTS: Record<ViewerLayout, number> = { '1x1': 1, '1x2': 2, '2x2': 4 };

/**
 * What a hanging protocol's viewport shows: the series opened ("current") or the same kind of
 * series in the patient's previous study ("prior"); or the first series of the opened study whose
 * description matches (a regular expression, case ignored; localizers left out).
 */
export const SeriesSelector = z.union([
  z.object({ role: z.enum(['current', 'prior']) }).strict(),
  z.object({ description: z.string().min(1).max(200) }).strict(),
]);
export type SeriesSelector = z.infer<typeof SeriesSelector>;

const compiles = (pattern: string) => {
  try {
    new RegExp(pattern, 'iu');
    return true;
  } catch {
    return false;
  }
};

/**
 * A hanging protocol (resources/hanging-protocols/*.json): the first layout of the viewer for the
 * series opened, chosen by its modality, body part and description; the highest priority that
 * matches wins.
 */
export const HangingProtocol = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,64}$/),
    title: z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict(),
    priority: z.number().int(),
    match: z
      .object({
        modality: z.array(z.string().min(1)).min(1),
        bodyPart: z.array(z.string().min(1)).optional(),
        seriesDescription: z.string().min(1).max(200).refine(compiles, 'not a valid regular expression').optional(),
        /** Only when the patient has an earlier study of the same modality to compare with. */
        needsPrior: z.boolean().optional(),
      })
      .strict(),
    layout: ViewerLayout,
    viewports: z.array(SeriesSelector).min(1).max(4),
    /** The viewports scroll together (by position), as in a comparison. */
    linked: z.boolean(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.viewports.length > LAYOUT_SLOTS[p.layout])
      ctx.addIssue({ code: 'custom', path: ['viewports'], message: `more viewports than the layout ${p.layout} has` });
    p.viewports.forEach((v, i) => {
      if ('description' in v && !compiles(v.description))
        ctx.addIssue({ code: 'custom', path: ['viewports', i, 'description'], message: 'not a valid regular expression' });
    });
  });
export type HangingProtocol = z.infer<typeof HangingProtocol>;

/** The `imaging` calls: name → input and output schemas. */
export const imagingMethods = {
  'measurements.list': { input: z.object({ caseId: CaseId }).strict(), output: z.array(Measurement) },
  'measurements.save': {
    input: z.object({ caseId: CaseId, measurement: MeasurementDraftSchema }).strict(),
    output: Measurement,
  },
  'measurements.remove': { input: z.object({ caseId: CaseId, id: z.string().uuid() }).strict(), output: z.object({ removed: z.boolean() }) },
  'keyImages.list': { input: z.object({ caseId: CaseId }).strict(), output: z.array(KeyImage) },
  /** Marks (`key: true`) or unmarks an image as key; answers the case's key images. */
  'keyImages.set': {
    input: z
      .object({
        caseId: CaseId,
        image: KeyImage.omit({ createdAt: true, hasPicture: true }),
        key: z.boolean(),
        /** The image as shown (JPEG, base64), kept with the key image; a new one replaces the old. */
        picture: z.string().max(KEY_IMAGE_PICTURE_MAX_BASE64).base64().nullable().optional(),
      })
      .strict(),
    output: z.array(KeyImage),
  },
  'imaging.tags': {
    input: z.object({ caseId: CaseId, attachmentId: DocumentId }).strict(),
    output: z.array(DicomTag),
  },
  'imaging.object': {
    input: z.object({ caseId: CaseId, attachmentId: DocumentId }).strict(),
    output: DicomObject,
  },
  'imaging.archive': {
    input: z.object({ caseId: CaseId, attachmentId: DocumentId }).strict(),
    /** `firstImage`: an image of the archive's first series, to open the viewer on; null without images. */
    output: ArchiveContents.extend({ firstImage: z.string().nullable() }),
    rules: { waits: true },
  },
  /** The case's series; instances indexed by an older version are read again first, once (it may take a moment). */
  'imaging.series': { input: z.object({ caseId: CaseId }).strict(), output: z.array(DicomSeries), rules: { waits: true } },
  /** How the expert left the case's viewer; null before they changed anything (the hanging protocol lays it out). */
  'imaging.viewerState': { input: z.object({ caseId: CaseId }).strict(), output: ViewerState.nullable() },
  /** The hanging protocols shipped (and any the site added), each checked when core started. */
  'imaging.hangingProtocols': { input: NoInput, output: z.array(HangingProtocol) },
  'imaging.saveViewerState': { input: z.object({ caseId: CaseId, state: ViewerState }).strict(), output: z.object({ saved: z.boolean() }) },
} as const satisfies CallTable;

// The work core hands to its worker threads: pure functions of untrusted or large input (a patient's
// DICOM header, a report's text laid out as a PDF, a scan to read) that could otherwise hold core's
// thread, which the auto-lock, the review timer, sync and every call share. Loaded only by the workers.
import { reportPdf } from '../reports/report-pdf';
import { coveredCharacters, readReportFonts } from '../reports/report-fonts';
import type { PatientReport } from '../reports/patient-report';
import { signPdf, type SignatureDetails } from '../signing/pdf-signature';
import { CertificateFileError, readPkcs12, type SigningIdentity } from '../signing/signing-identity';
import { readDicomHeader } from '../imaging/dicom-header';
import { dicomTagTree } from '../imaging/dicom-tags';
import { readStructuredReport } from '../imaging/dicom-sr';
import { readWaveform } from '../imaging/dicom-waveform';
import { measurementSr, type MeasurementSrInput } from '../imaging/measurement-sr';
import { referencedFiles } from '../imaging/dicomdir';
import { readPdf } from '../documents/text/pdf-reading';

/** The OCR engine (tesseract.js, pdf.js on a canvas) is loaded only by the thread that recognises text. */
const ocr = () => import('../documents/recognition/ocr-engine');

export interface ReportPdfJob {
  report: PatientReport;
  createdAt: string;
  fontsDir: string;
  signature?: { identity: SigningIdentity; details: SignatureDetails } | null;
}

export const JOBS = {
  /** The report's PDF, signed (PAdES) when the expert has a certificate and signs it. */
  'report.pdf': async ({ report, createdAt, fontsDir, signature }: ReportPdfJob) => {
    const pdf = await reportPdf(report, new Date(createdAt), readReportFonts(fontsDir));
    return signature ? signPdf(pdf, signature.identity, signature.details) : pdf;
  },
  /** A PKCS#12 file opened: its identity, or why it cannot sign (a plain answer: the reason crosses the thread). */
  'signing.readPkcs12': ({ file, password, now }: { file: Uint8Array; password: string; now: string }) => {
    try {
      return { identity: readPkcs12(file, password, new Date(now)), problem: null };
    } catch (error) {
      if (error instanceof CertificateFileError) return { identity: null, problem: error.problem };
      throw error;
    }
  },
  'report.fontCoverage': (fontsDir: string) => coveredCharacters(fontsDir),
  'dicom.header': (bytes: Uint8Array) => readDicomHeader(bytes),
  'dicom.tags': (bytes: Uint8Array) => dicomTagTree(bytes),
  'dicom.sr': (bytes: Uint8Array) => readStructuredReport(bytes),
  'dicom.waveform': (bytes: Uint8Array) => readWaveform(bytes),
  'measurements.sr': (input: MeasurementSrInput) => measurementSr(input),
  'dicom.dicomdir': (bytes: Uint8Array) => [...referencedFiles(bytes)],
  'pdf.read': ({ bytes, notAfter }: { bytes: Uint8Array; notAfter: string }) => readPdf(bytes, notAfter),
  'ocr.survey': async (bytes: Uint8Array) => (await ocr()).surveyPdf(bytes),
  'ocr.pdfPage': async ({ bytes, page, languagesDir }: { bytes: Uint8Array; page: number; languagesDir: string }) =>
    (await ocr()).recognisePdfPage(bytes, page, languagesDir),
  'ocr.image': async ({ bytes, languagesDir }: { bytes: Uint8Array; languagesDir: string }) => (await ocr()).recogniseImage(bytes, languagesDir),
  'ocr.release': async () => (await ocr()).release(),
};

export type Jobs = typeof JOBS;
export type JobName = keyof Jobs;
export type JobInput<N extends JobName> = Parameters<Jobs[N]>[0];
export type JobOutput<N extends JobName> = Awaited<ReturnType<Jobs[N]>>;

// A DICOM document, shown for what it is: images in the DICOM viewer, an encapsulated PDF in the
// PDF viewer, a structured report as text, an ECG on its paper; another object (or a waveform that
// cannot be drawn) says what it is and why it is not displayed; a file that cannot be shown names its problem. Nothing here can break the
// rest of the workspace.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackend } from '../../../backend/backend-context';
import { useAnswer } from '../../../backend/use-answer';
import type { DocumentViewerProps } from '../viewer-commands';
import { DicomViewer } from './DicomViewer';
import { StructuredReportView } from './StructuredReportView';
import { EcgView } from './EcgView';

/** The content route's name for the PDF inside a DICOM file (the contract's ENCAPSULATED_DOCUMENT_SUFFIX; the renderer imports types only). */
const encapsulatedDocumentId = (attachmentId: string) => `${attachmentId}/document`;

const PdfViewer = lazy(() => import('../pdf/PdfViewer').then((m) => ({ default: m.PdfViewer })));

export function DicomDocument(props: DocumentViewerProps & { caseId: string }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const { caseId, documentId } = props;
  const { value: object, failure } = useAnswer(() => backend.imaging.object({ caseId, attachmentId: documentId }), `${caseId}/${documentId}`);

  const message = (text: string) => (
    <p className="document-error" role="alert" data-testid="document-error">
      {text}
    </p>
  );
  if (failure) return message(failure);
  if (!object) return <p className="muted">{t('workspace.loading')}</p>;
  switch (object.kind) {
    case 'image':
      return <DicomViewer {...props} />;
    case 'pdf':
      return (
        <Suspense fallback={<p className="muted">{t('workspace.loading')}</p>}>
          <PdfViewer {...props} documentId={encapsulatedDocumentId(documentId)} />
        </Suspense>
      );
    case 'sr':
      return <StructuredReportView title={object.title} items={object.items} />;
    case 'dicomdir': {
      // An index, not an image: say so, and show the images it lists when they are in the case.
      const summary = (
        <p className={object.firstImage ? 'archive-summary' : 'document-notice'} role="status" data-testid="dicomdir-summary">
          {t(object.present > 0 ? 'dicom.dicomdirWithFiles' : 'dicom.dicomdirAlone', { listed: object.listed, present: object.present })}
        </p>
      );
      if (!object.firstImage) return summary;
      return (
        <div className="archive-document">
          {summary}
          <DicomViewer {...props} documentId={object.firstImage} />
        </div>
      );
    }
    case 'waveform':
      if (object.waveform) return <EcgView waveform={object.waveform} />;
      return (
        <p className="document-notice" role="status" data-testid="document-error" data-problem={object.problem ?? 'damaged'}>
          {t('dicom.waveform', { modality: object.modality || '—', reason: t(`dicom.waveformProblems.${object.problem ?? 'damaged'}`) })}
        </p>
      );
    case 'other':
      return (
        <p className="document-notice" role="status" data-testid="document-error" data-problem={object.kind}>
          {t('dicom.otherObject', { modality: object.modality || '—', sopClass: object.sopClassUid })}
        </p>
      );
    case 'unreadable':
      return (
        <p className="document-error" role="alert" data-testid="document-error" data-problem={object.problem}>
          {t(`dicom.problems.${object.problem}`, { detail: object.detail })}
        </p>
      );
  }
}

// A zip of imaging (a CD export with its DICOMDIR, or a folder of DICOM files): core extracted its
// DICOM files when it was downloaded, so opening it opens the viewer on its first series, under a
// line that says what the archive held and what could not be used. An unreadable archive says why.
import { useTranslation } from 'react-i18next';
import { useBackend } from '../../../backend/backend-context';
import { useAnswer } from '../../../backend/use-answer';
import type { DocumentViewerProps } from '../viewer-commands';
import { DicomViewer } from './DicomViewer';

export function ArchiveDocument(props: DocumentViewerProps & { caseId: string }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const { caseId, documentId } = props;
  const { value: contents, failure } = useAnswer(() => backend.imaging.archive({ caseId, attachmentId: documentId }), `${caseId}/${documentId}`);

  if (failure)
    return (
      <p className="document-error" role="alert" data-testid="document-error">
        {failure}
      </p>
    );
  if (!contents) return <p className="muted">{t('workspace.loading')}</p>;
  if (contents.problem) {
    return (
      <p className="document-error" role="alert" data-testid="document-error" data-problem={contents.problem}>
        {t(`archive.problems.${contents.problem}`, { detail: contents.detail })}
      </p>
    );
  }
  const lines = [
    contents.firstImage ? t('archive.summary', { count: contents.dicomFiles }) : t('archive.noImages', { count: contents.files }),
    contents.hasDicomdir ? t('archive.dicomdir') : null,
    contents.otherFiles > 0 ? t('archive.other', { count: contents.otherFiles }) : null,
    contents.damaged.length > 0 ? t('archive.damaged', { names: contents.damaged.join(', ') }) : null,
    contents.missing.length > 0 ? t('archive.missing', { names: contents.missing.join(', ') }) : null,
  ].filter((line): line is string => line !== null);
  const summary = (
    <p className={contents.firstImage ? 'archive-summary' : 'document-notice'} role="status" data-testid="archive-summary">
      {lines.join(' ')}
    </p>
  );
  if (!contents.firstImage) return summary;
  return (
    <div className="archive-document">
      {summary}
      <DicomViewer {...props} documentId={contents.firstImage} />
    </div>
  );
}

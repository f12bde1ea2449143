// The document's properties, as pdf.js's viewer shows them: title, author, subject, keywords,
// dates, the application that wrote it, its PDF version, size and page count.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../ui/Dialog';
import { pdfjs, type PdfDocument } from './pdf-loader';

type Info = Record<string, unknown>;
const FIELDS = ['Title', 'Author', 'Subject', 'Keywords', 'CreationDate', 'ModDate', 'Creator', 'Producer', 'PDFFormatVersion'] as const;

export function PdfProperties({ doc, onClose }: { doc: PdfDocument; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<Info | null>(null);
  const [bytes, setBytes] = useState<number | null>(null);
  useEffect(() => {
    void doc.getMetadata().then(
      ({ info }) => setInfo(info as Info),
      () => setInfo({}),
    );
    void doc.getDownloadInfo().then(
      ({ length }) => setBytes(length),
      () => {},
    );
  }, [doc]);

  const shown = (field: (typeof FIELDS)[number]): string => {
    const value = info?.[field];
    if (typeof value !== 'string' || !value.trim()) return '—';
    if (field === 'CreationDate' || field === 'ModDate') {
      const date = pdfjs.PDFDateString.toDateObject(value);
      return date ? date.toLocaleString(i18n.language) : value;
    }
    return value;
  };
  return (
    <Dialog title={t('pdf.properties')} onClose={onClose} testId="pdf-properties">
      <dl className="pdf-properties">
        {FIELDS.map((field) => (
          <div key={field}>
            <dt>{t(`pdf.propertyNames.${field}`)}</dt>
            <dd data-testid={`pdf-property-${field}`}>{shown(field)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('pdf.propertyNames.pages')}</dt>
          <dd>{doc.numPages}</dd>
        </div>
        <div>
          <dt>{t('pdf.propertyNames.size')}</dt>
          <dd>{bytes === null ? '—' : t('pdf.attachmentSize', { kb: Math.max(1, Math.round(bytes / 1024)) })}</dd>
        </div>
      </dl>
      <button type="button" className="button" onClick={onClose} data-testid="pdf-properties-close">
        {t('pdf.close')}
      </button>
    </Dialog>
  );
}

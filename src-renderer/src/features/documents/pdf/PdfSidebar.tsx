// The PDF's sidebar: its pages as thumbnails, its outline (bookmarks) and the files attached to it.
// The outline and attachments are the document's own; a tab is offered only when it has some.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfDocument } from './pdf-loader';
import { PdfThumbnail } from './PdfThumbnail';

type OutlineItem = Awaited<ReturnType<PdfDocument['getOutline']>>[number];
type Attachment = { name: string; description: string; bytes: number };
type Tab = 'pages' | 'outline' | 'attachments';

interface Props {
  doc: PdfDocument;
  current: number;
  rotation: number;
  onPage: (n: number) => void;
  onDestination: (dest: string | unknown[]) => void;
  /** Thumbnails are drawn once the pages in view are painted: a scan's images would otherwise compete with them. */
  drawThumbnails: boolean;
  /** The viewer's canvas of a page it has painted (a thumbnail is copied from it). */
  paintedCanvas: (pageNumber: number) => HTMLCanvasElement | null;
}

export function PdfSidebar({ doc, current, rotation, onPage, onDestination, drawThumbnails, paintedCanvas }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('pages');
  const [outline, setOutline] = useState<OutlineItem[]>([]);
  const [attachments, setAttachments] = useState<Attachment[]>([]);

  useEffect(() => {
    let cancelled = false;
    void doc.getOutline().then(
      (items) => !cancelled && setOutline(items ?? []),
      () => {},
    );
    void doc.getAttachments().then(
      (all: Record<string, { filename: string; description?: string; content?: Uint8Array }> | null) =>
        !cancelled &&
        setAttachments(Object.values(all ?? {}).map((a) => ({ name: a.filename, description: a.description ?? '', bytes: a.content?.byteLength ?? 0 }))),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [doc]);

  const tabs: Tab[] = ['pages', ...(outline.length ? (['outline'] as const) : []), ...(attachments.length ? (['attachments'] as const) : [])];
  const shown = tabs.includes(tab) ? tab : 'pages';
  return (
    <nav className="pdf-thumbs" aria-label={t('pdf.sidebar')} data-testid="pdf-sidebar">
      {tabs.length > 1 && (
        <div className="pdf-sidebar__tabs" role="tablist">
          {tabs.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={shown === name}
              className="pdf-sidebar__tab"
              title={t(`pdf.sidebarTabs.${name}`)}
              onClick={() => setTab(name)}
              data-testid={`pdf-sidebar-${name}`}
            >
              {t(`pdf.sidebarTabs.${name}`)}
            </button>
          ))}
        </div>
      )}
      {shown === 'pages' &&
        Array.from({ length: doc.numPages }, (_, i) => (
          <PdfThumbnail
            key={i}
            doc={doc}
            pageNumber={i + 1}
            rotation={rotation}
            current={current === i + 1}
            draw={drawThumbnails}
            painted={paintedCanvas}
            onSelect={() => onPage(i + 1)}
          />
        ))}
      {shown === 'outline' && <OutlineTree items={outline} onDestination={onDestination} />}
      {shown === 'attachments' && (
        <ul className="pdf-attachments" data-testid="pdf-attachments">
          {attachments.map((a, i) => (
            <li key={i} title={a.description || a.name}>
              <span className="pdf-attachments__name">{a.name}</span>
              <span className="muted"> · {t('pdf.attachmentSize', { kb: Math.max(1, Math.round(a.bytes / 1024)) })}</span>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

function OutlineTree({ items, onDestination }: { items: OutlineItem[]; onDestination: (dest: string | unknown[]) => void }) {
  return (
    <ul className="pdf-outline" data-testid="pdf-outline">
      {items.map((item, i) => (
        <li key={i}>
          <button
            type="button"
            className="pdf-outline__entry"
            title={item.title}
            disabled={!item.dest}
            onClick={() => item.dest && onDestination(item.dest as string | unknown[])}
            data-testid="pdf-outline-entry"
          >
            {item.title}
          </button>
          {item.items.length > 0 && <OutlineTree items={item.items} onDestination={onDestination} />}
        </li>
      ))}
    </ul>
  );
}

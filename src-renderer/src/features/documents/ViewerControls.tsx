// Controls every document viewer shares: zoom out / current zoom / zoom in, and rotate, each with
// the key the expert chose for it in its tooltip; and quoting the text selected into the report.
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../workspace/workspace-context';
import { keyLabel, withKey } from '../workspace/shortcut-groups';
import { announceQuote, selectedQuote } from '../report/report-quote';

function IconButton({
  label,
  shortcut,
  onClick,
  testId,
  children,
}: {
  label: string;
  shortcut: string | null;
  onClick: () => void;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="icon-button"
      onClick={onClick}
      aria-label={label}
      aria-keyshortcuts={shortcut ? keyLabel(shortcut) : undefined}
      title={withKey(label, shortcut)}
      data-testid={testId}
    >
      {children}
    </button>
  );
}

export function ZoomControls({ percent, onZoomIn, onZoomOut, testId }: { percent: number; onZoomIn: () => void; onZoomOut: () => void; testId: string }) {
  const { t } = useTranslation();
  const { keys } = useWorkspace();
  return (
    <>
      <IconButton label={t('viewer.zoomOut')} shortcut={keys.zoomOut} onClick={onZoomOut}>
        −
      </IconButton>
      <span className="muted" data-testid={testId}>
        {Math.round(percent)} %
      </span>
      <IconButton label={t('viewer.zoomIn')} shortcut={keys.zoomIn} onClick={onZoomIn}>
        +
      </IconButton>
    </>
  );
}

export function RotateButton({ onRotate, testId }: { onRotate: () => void; testId?: string }) {
  const { t } = useTranslation();
  const { keys } = useWorkspace();
  return (
    <IconButton label={t('viewer.rotate')} shortcut={keys.rotate} onClick={onRotate} {...(testId ? { testId } : {})}>
      ↻
    </IconButton>
  );
}

/** Quotes the text selected in `container` (a PDF's pages, a photo's words) into the report being written. */
export function QuoteButton({ container, documentName, testId }: { container: RefObject<HTMLElement | null>; documentName: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      // The selection stays (a click would clear it before it is read).
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        const quote = selectedQuote(container.current, documentName);
        if (quote) announceQuote(quote);
      }}
      title={t('pdf.quoteHint')}
      data-testid={testId}
    >
      {t('pdf.quote')}
    </button>
  );
}

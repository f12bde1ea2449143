// Controls every document viewer shares: zoom out / current zoom / zoom in, and rotate.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function IconButton({ label, onClick, testId, children }: { label: string; onClick: () => void; testId?: string; children: ReactNode }) {
  return (
    <button type="button" className="icon-button" onClick={onClick} aria-label={label} title={label} data-testid={testId}>
      {children}
    </button>
  );
}

export function ZoomControls({ percent, onZoomIn, onZoomOut, testId }: { percent: number; onZoomIn: () => void; onZoomOut: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <IconButton label={t('viewer.zoomOut')} onClick={onZoomOut}>
        −
      </IconButton>
      <span className="muted" data-testid={testId}>
        {Math.round(percent)} %
      </span>
      <IconButton label={t('viewer.zoomIn')} onClick={onZoomIn}>
        +
      </IconButton>
    </>
  );
}

export function RotateButton({ onRotate, testId }: { onRotate: () => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <IconButton label={t('viewer.rotate')} onClick={onRotate} {...(testId ? { testId } : {})}>
      ↻
    </IconButton>
  );
}

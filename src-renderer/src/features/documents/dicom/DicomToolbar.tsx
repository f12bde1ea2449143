// The DICOM viewer's toolbar: window presets, the tool of the left button, view controls for the
// active viewport (zoom, fit, 1:1, invert, rotate, flips, reset), cine, layout, key image, tags.
import { useTranslation } from 'react-i18next';
import { RotateButton, ZoomControls } from '../ViewerControls';
import { WL_PRESETS, type Tool, type ViewportHandle, type ViewportStatus } from './viewport-api';

export const LAYOUTS = ['1x1', '1x2', '2x2'] as const;
export type Layout = (typeof LAYOUTS)[number];

const TOOLS: { tool: Tool; key: string }[] = [
  { tool: 'window', key: 'W' },
  { tool: 'stack', key: '' },
  { tool: 'zoom', key: '' },
  { tool: 'pan', key: '' },
  { tool: 'length', key: 'L' },
  { tool: 'angle', key: 'A' },
  { tool: 'ellipse', key: 'E' },
  { tool: 'probe', key: 'P' },
];

interface Props {
  tool: Tool;
  onTool: (tool: Tool) => void;
  layout: Layout;
  onLayout: (layout: Layout) => void;
  status: ViewportStatus | null;
  viewport: ViewportHandle | null;
  isKey: boolean;
  onToggleKey: () => void;
  showTags: boolean;
  onToggleTags: () => void;
}

function Button({ label, title, pressed, onClick, testId }: { label: string; title?: string; pressed?: boolean; onClick: () => void; testId?: string }) {
  return (
    <button type="button" className="button button--secondary button--small" aria-pressed={pressed} title={title} onClick={onClick} data-testid={testId}>
      {label}
    </button>
  );
}

export function DicomToolbar({ tool, onTool, layout, onLayout, status, viewport, isKey, onToggleKey, showTags, onToggleTags }: Props) {
  const { t } = useTranslation();
  const v = viewport;
  return (
    <div className="viewer-toolbar dicom-toolbar" role="toolbar" aria-label={t('dicom.toolbar')}>
      <span className="toolbar-group" role="group" aria-label={t('dicom.presetsLabel')}>
        {WL_PRESETS.map((preset, i) => (
          <Button key={preset.key} label={t(`dicom.presets.${preset.key}`)} title={`${i + 1}`} onClick={() => v?.preset(i + 1)} testId="wl-preset" />
        ))}
        {/* The imaging centre's own windows, as the file names them (the first is the default). */}
        {(status?.windows ?? []).map((w, i) => (
          <Button
            key={`${w.center}/${w.width}/${i}`}
            label={w.explanation || t('dicom.fileWindow', { n: i + 1 })}
            title={t('dicom.fileWindowTitle', { center: w.center, width: w.width })}
            onClick={() => v?.fileWindow(i)}
            testId="file-window"
          />
        ))}
      </span>
      <span className="toolbar-group" role="group" aria-label={t('dicom.toolsLabel')}>
        {TOOLS.map(({ tool: name, key }) => (
          <Button
            key={name}
            label={t(`dicom.tools.${name}`)}
            title={key ? `${t(`dicom.tools.${name}`)} (${key})` : undefined}
            pressed={tool === name}
            onClick={() => onTool(tool === name ? 'window' : name)}
            testId={`tool-${name}`}
          />
        ))}
      </span>
      <span className="toolbar-group" role="group" aria-label={t('dicom.viewLabel')}>
        <ZoomControls percent={(status?.scale ?? 1) * 100} onZoomIn={() => v?.zoomBy(1.2)} onZoomOut={() => v?.zoomBy(1 / 1.2)} testId="dicom-zoom" />
        <Button label={t('dicom.fit')} onClick={() => v?.fit()} testId="dicom-fit" />
        <Button label="1:1" title={t('dicom.actualSize')} onClick={() => v?.actualSize()} testId="dicom-actual-size" />
        <Button
          label={t('dicom.invert')}
          title={`${t('dicom.invert')} (I)`}
          pressed={status?.invert ?? false}
          onClick={() => v?.toggleInvert()}
          testId="dicom-invert"
        />
        <RotateButton onRotate={() => v?.rotate()} />
        <Button label="⇋" title={`${t('dicom.flipH')} (H)`} onClick={() => v?.flip('h')} testId="dicom-flip-h" />
        <Button label="⇵" title={`${t('dicom.flipV')} (V)`} onClick={() => v?.flip('v')} testId="dicom-flip-v" />
        <Button label={t('dicom.reset')} onClick={() => v?.reset()} testId="dicom-reset" />
      </span>
      <span className="toolbar-group" role="group" aria-label={t('dicom.cine')}>
        <Button
          label={status?.playing ? t('dicom.pause') : t('dicom.play')}
          title={`${t('dicom.cine')} (C)`}
          pressed={status?.playing ?? false}
          onClick={() => v?.toggleCine()}
          testId="dicom-cine"
        />
        <label className="dicom-toolbar__fps">
          <input
            type="number"
            min={1}
            max={60}
            value={status?.fps ?? 15}
            onChange={(e) => v?.setFps(Number(e.target.value))}
            aria-label={t('dicom.fps')}
            data-testid="dicom-fps"
          />
          <span className="muted">{t('dicom.fpsUnit')}</span>
        </label>
      </span>
      <span className="toolbar-group" role="group" aria-label={t('dicom.layout')}>
        {LAYOUTS.map((l) => (
          <Button
            key={l}
            label={l.replace('x', '×')}
            title={t('dicom.layoutOf', { layout: l.replace('x', '×') })}
            pressed={layout === l}
            onClick={() => onLayout(l)}
            testId={`layout-${l}`}
          />
        ))}
      </span>
      <span className="toolbar-group">
        <Button
          label={isKey ? t('dicom.keyImageMarked') : t('dicom.keyImage')}
          title={`${t('dicom.keyImage')} (M)`}
          pressed={isKey}
          onClick={onToggleKey}
          testId="key-image-toggle"
        />
        <Button label={t('dicom.tags')} pressed={showTags} onClick={onToggleTags} testId="dicom-tags-toggle" />
      </span>
    </div>
  );
}

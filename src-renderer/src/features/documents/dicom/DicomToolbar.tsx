// The DICOM viewer's toolbar, on one row: the tool of the left button, the view of the active
// viewport (zoom, fit, invert, rotate), window presets, layout, key image and tags, cine, and the
// rarer view controls (1:1, flips, reset). What the width does not hold folds into "More"; every
// tooltip names the key the expert chose for it (Settings › Keyboard shortcuts).
import { useTranslation } from 'react-i18next';
import type { ShortcutAction, ViewerLayout } from '../../../../../contract';
import { OverflowToolbar, type ToolbarGroup } from '../../../ui/OverflowToolbar';
import { RotateButton, ZoomControls } from '../ViewerControls';
import { useWorkspace } from '../../workspace/workspace-context';
import { keyLabel, withKey } from '../../workspace/shortcut-groups';
import { MeasureToolButton } from './MeasureToolButton';
import { LinkButton, type LinkOptions } from './LinkButton';
import { WL_PRESETS, type Tool, type ViewportHandle, type ViewportStatus } from './viewport-api';
import { LAYOUTS } from './layouts';
import type { VolumeProblem } from './geometry/volume';

export type Layout = ViewerLayout;

/** The tools that move through and around the image; the measurement tools are one split button. */
const NAVIGATION_TOOLS: { tool: Tool; action: ShortcutAction | null }[] = [
  { tool: 'window', action: 'toolWindow' },
  { tool: 'stack', action: null },
  { tool: 'zoom', action: null },
  { tool: 'pan', action: null },
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
  /** Whether the patient has another study to compare the active series with. */
  canCompare: boolean;
  onCompare: () => void;
  /** The active viewport is linked. */
  linked: boolean;
  onToggleLink: () => void;
  linkWindow: boolean;
  linkZoom: boolean;
  onLinkOptions: (options: Partial<LinkOptions>) => void;
  /** MPR is shown; why it is not offered for the active series (null: it is). */
  mpr: boolean;
  mprUnavailable: VolumeProblem | null;
  onToggleMpr: () => void;
}

interface ButtonProps {
  label: string;
  /** The tooltip when it says more than the label. */
  title?: string;
  /** The key that does the same (named in the tooltip and to assistive technology). */
  shortcut?: string | null;
  pressed?: boolean;
  onClick: () => void;
  testId?: string;
  disabled?: boolean;
}

function Button({ label, title, shortcut = null, pressed, onClick, testId, disabled }: ButtonProps) {
  const tip = withKey(title ?? label, shortcut);
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut ? keyLabel(shortcut) : undefined}
      title={tip === label ? undefined : tip}
      onClick={onClick}
      disabled={disabled}
      data-testid={testId}
    >
      {label}
    </button>
  );
}

export function DicomToolbar(props: Props) {
  const { tool, onTool, layout, onLayout, status, viewport, isKey, onToggleKey, showTags, onToggleTags } = props;
  const { t } = useTranslation();
  const { keys } = useWorkspace();
  const v = viewport;
  const groups: ToolbarGroup[] = [
    {
      id: 'tools',
      label: t('dicom.toolsLabel'),
      content: (
        <>
          {NAVIGATION_TOOLS.map(({ tool: name, action }) => (
            <Button
              key={name}
              label={t(`dicom.tools.${name}`)}
              shortcut={action ? keys[action] : null}
              pressed={tool === name}
              onClick={() => onTool(tool === name ? 'window' : name)}
              testId={`tool-${name}`}
            />
          ))}
          <MeasureToolButton tool={tool} onTool={onTool} />
        </>
      ),
    },
    {
      id: 'view',
      label: t('dicom.viewLabel'),
      content: (
        <>
          <ZoomControls percent={(status?.scale ?? 1) * 100} onZoomIn={() => v?.zoomBy(1.2)} onZoomOut={() => v?.zoomBy(1 / 1.2)} testId="dicom-zoom" />
          <Button label={t('dicom.fit')} onClick={() => v?.fit()} testId="dicom-fit" />
          <Button label={t('dicom.invert')} shortcut={keys.invert} pressed={status?.invert ?? false} onClick={() => v?.toggleInvert()} testId="dicom-invert" />
          <RotateButton onRotate={() => v?.rotate()} />
        </>
      ),
    },
    {
      id: 'presets',
      label: t('dicom.presetsLabel'),
      content: (
        <>
          {WL_PRESETS.map((preset, i) => (
            <Button key={preset.key} label={t(`dicom.presets.${preset.key}`)} shortcut={`${i + 1}`} onClick={() => v?.preset(i + 1)} testId="wl-preset" />
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
        </>
      ),
    },
    {
      id: 'layout',
      label: t('dicom.layout'),
      content: LAYOUTS.map((l) => (
        <Button
          key={l}
          label={l.replace('x', '×')}
          title={t('dicom.layoutOf', { layout: l.replace('x', '×') })}
          pressed={layout === l}
          onClick={() => onLayout(l)}
          testId={`layout-${l}`}
        />
      )),
    },
    {
      id: 'compare',
      label: t('dicom.compareLabel'),
      content: (
        <>
          <Button
            label={t('dicom.compare')}
            title={props.canCompare ? t('dicom.compareTitle') : t('dicom.compareNone')}
            shortcut={keys.compare}
            onClick={props.onCompare}
            disabled={!props.canCompare}
            testId="dicom-compare"
          />
          <LinkButton
            linked={props.linked}
            onToggle={props.onToggleLink}
            linkWindow={props.linkWindow}
            linkZoom={props.linkZoom}
            onOptions={props.onLinkOptions}
          />
          <Button
            label={t('dicom.mprButton')}
            title={
              props.mprUnavailable
                ? t('dicom.mprUnavailable', { reason: t(`dicom.mprReasons.${props.mprUnavailable}`) })
                : props.mpr
                  ? t('dicom.mprClose')
                  : t('dicom.mprTitle')
            }
            shortcut={keys.mpr}
            pressed={props.mpr}
            onClick={props.onToggleMpr}
            disabled={props.mprUnavailable !== null}
            testId="dicom-mpr"
          />
          {/* The 3D cursor is a tool of the left button, but it acts across viewports: it sits with them. */}
          <Button
            label={t('dicom.tools.crosshair')}
            shortcut={keys.toolCrosshair}
            pressed={tool === 'crosshair'}
            onClick={() => onTool(tool === 'crosshair' ? 'window' : 'crosshair')}
            testId="tool-crosshair"
          />
        </>
      ),
    },
    {
      id: 'marks',
      label: t('dicom.marksLabel'),
      content: (
        <>
          <Button
            label={isKey ? t('dicom.keyImageMarked') : t('dicom.keyImage')}
            title={t('dicom.keyImage')}
            shortcut={keys.keyImage}
            pressed={isKey}
            onClick={onToggleKey}
            testId="key-image-toggle"
          />
          <Button label={t('dicom.tags')} pressed={showTags} onClick={onToggleTags} testId="dicom-tags-toggle" />
        </>
      ),
    },
    {
      id: 'cine',
      label: t('dicom.cine'),
      content: (
        <>
          <Button
            label={status?.playing ? t('dicom.pause') : t('dicom.play')}
            title={t('dicom.cine')}
            shortcut={keys.cine}
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
        </>
      ),
    },
    {
      id: 'orientation',
      label: t('dicom.orientationLabel'),
      content: (
        <>
          <Button label="1:1" title={t('dicom.actualSize')} onClick={() => v?.actualSize()} testId="dicom-actual-size" />
          <Button label="⇋" title={t('dicom.flipH')} shortcut={keys.flipHorizontal} onClick={() => v?.flip('h')} testId="dicom-flip-h" />
          <Button label="⇵" title={t('dicom.flipV')} shortcut={keys.flipVertical} onClick={() => v?.flip('v')} testId="dicom-flip-v" />
          <Button label={t('dicom.reset')} onClick={() => v?.reset()} testId="dicom-reset" />
        </>
      ),
    },
  ];
  return <OverflowToolbar className="dicom-toolbar" label={t('dicom.toolbar')} moreLabel={t('dicom.more')} groups={groups} />;
}

// The measurement tools as one split button, as OHIF groups them: the button is the measurement
// tool last chosen (Length until another is), pressed while it is the left button's tool, and ▾
// lists the four with their keys. The toolbar stays one row in a narrow pane.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShortcutAction } from '../../../../../contract';
import { SplitMenu } from '../../../ui/SplitMenu';
import { useWorkspace } from '../../workspace/workspace-context';
import { keyLabel, withKey } from '../../workspace/shortcut-groups';
import type { Tool } from './viewport-api';

export const MEASURE_TOOLS: readonly { tool: Tool; action: ShortcutAction }[] = [
  { tool: 'length', action: 'toolLength' },
  { tool: 'angle', action: 'toolAngle' },
  { tool: 'ellipse', action: 'toolEllipse' },
  { tool: 'probe', action: 'toolProbe' },
];

export function MeasureToolButton({ tool, onTool }: { tool: Tool; onTool: (tool: Tool) => void }) {
  const { t } = useTranslation();
  const { keys } = useWorkspace();
  const last = useRef<(typeof MEASURE_TOOLS)[number]>(MEASURE_TOOLS[0]!);
  const current = MEASURE_TOOLS.find((m) => m.tool === tool);
  if (current) last.current = current;
  const shown = last.current;
  const label = t(`dicom.tools.${shown.tool}`);
  const key = keys[shown.action];
  return (
    <span className="split-button">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-pressed={tool === shown.tool}
        aria-keyshortcuts={key ? keyLabel(key) : undefined}
        title={withKey(label, key)}
        onClick={() => onTool(tool === shown.tool ? 'window' : shown.tool)}
        data-testid={`tool-${shown.tool}`}
      >
        {label}
      </button>
      <SplitMenu label={t('dicom.measureTools')} testId="measure-tools">
        {(close) =>
          MEASURE_TOOLS.map((m) => {
            const name = t(`dicom.tools.${m.tool}`);
            return (
              <button
                key={m.tool}
                type="button"
                className="button button--secondary button--small"
                aria-pressed={tool === m.tool}
                title={withKey(name, keys[m.action])}
                onClick={() => {
                  onTool(m.tool);
                  close();
                }}
                data-testid={`measure-tool-${m.tool}`}
              >
                {name}
                {keys[m.action] ? <kbd className="split-button__key">{keyLabel(keys[m.action])}</kbd> : null}
              </button>
            );
          })
        }
      </SplitMenu>
    </span>
  );
}

// The ▾ half of a split button and the menu it opens (the measurement tools, what linked viewports
// share): a popover that closes on Esc or a press outside; the menu's content may close it.
import type { ReactNode } from 'react';
import { usePopover } from './use-popover';

interface Props {
  /** Names the menu, for its button's tooltip and to assistive technology. */
  label: string;
  testId: string;
  children: (close: () => void) => ReactNode;
}

export function SplitMenu({ label, testId, children }: Props) {
  const popover = usePopover();
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small split-button__more"
        {...popover.triggerProps}
        aria-haspopup="true"
        aria-label={label}
        title={label}
        data-testid={testId}
      >
        ▾
      </button>
      {popover.open && (
        <div ref={popover.panel} tabIndex={-1} className="split-button__menu" role="group" aria-label={label}>
          {children(popover.close)}
        </div>
      )}
    </>
  );
}

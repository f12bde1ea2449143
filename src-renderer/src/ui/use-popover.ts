// A popover: a panel a button opens over the page (the notifications, and any menu like it). It
// closes on Esc and on a press anywhere outside it, and focus goes back to the button that opened
// it, unless the press outside put it into a control (a field the expert clicked into).
import { useCallback, useEffect, useRef, useState } from 'react';

/** Where a press outside a popover may leave focus: something the expert means to use. */
const CONTROLS = 'input, textarea, select, button, a[href], [contenteditable="true"]';

export function usePopover<Panel extends HTMLElement = HTMLDivElement>() {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<Panel>(null);
  const close = useCallback(() => setOpen(false), []);
  const toggle = useCallback(() => setOpen((o) => !o), []);

  useEffect(() => {
    if (!open) return;
    // Keyboard users land in the panel they opened.
    panel.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Esc closes the popover only, not what lies under it (a drawing, a dialog).
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      trigger.current?.focus();
    };
    const onPress = (e: PointerEvent) => {
      const target = e.target instanceof Node ? e.target : null;
      if (target && (panel.current?.contains(target) || trigger.current?.contains(target))) return;
      setOpen(false);
      // Once the press has moved focus: into a control, it stays there; anywhere else (the page, a
      // pane), it goes back to the button.
      setTimeout(() => {
        if (!document.activeElement?.matches(CONTROLS)) trigger.current?.focus();
      }, 0);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPress, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPress, true);
    };
  }, [open]);

  /** What the button that opens the popover carries: its ref, its state for assistive technology, the toggle. */
  const triggerProps = { ref: trigger, 'aria-expanded': open, onClick: toggle } as const;
  return { open, toggle, close, trigger, panel, triggerProps };
}

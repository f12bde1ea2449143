// A modal dialog on the native <dialog> element: focus is kept inside, Esc closes it.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  /** false: Esc does not close it (a question that must be answered). */
  dismissible?: boolean;
  /** Room for columns (a reference card, a table). */
  wide?: boolean;
}

export function Dialog({ title, onClose, children, testId, dismissible = true, wide = false }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal--wide' : 'modal'}
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      onClose={onClose}
      onCancel={dismissible ? undefined : (e) => e.preventDefault()}
    >
      <h2 id={`${testId}-title`}>{title}</h2>
      {children}
    </dialog>
  );
}

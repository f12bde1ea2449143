// A modal dialog on the native <dialog> element: focus is kept inside, Esc closes it.
import { useEffect, useRef, type ReactNode } from 'react';

/** `dismissible: false`: Esc does not close it (a question that must be answered). */
export function Dialog({ title, onClose, children, testId, dismissible = true }: { title: string; onClose: () => void; children: ReactNode; testId: string; dismissible?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="modal" aria-labelledby={`${testId}-title`} data-testid={testId} onClose={onClose} onCancel={dismissible ? undefined : (e) => e.preventDefault()}>
      <h2 id={`${testId}-title`}>{title}</h2>
      {children}
    </dialog>
  );
}

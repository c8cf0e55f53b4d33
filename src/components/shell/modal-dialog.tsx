/**
 * A modal built on the native <dialog> with showModal(): the browser traps focus and handles
 * Escape; this component opens/closes it from props and returns focus to where it came from.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/** Renders children in a modal dialog titled `title` while `open`. */
export function ModalDialog({ open, title, onClose, children, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={titleId}
      // The close event is queued; if the dialog was reopened meanwhile (StrictMode replays
      // effects), it is stale and must not close the reopened dialog.
      onClose={() => {
        if (!ref.current?.open) onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="modal-title">
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  );
}

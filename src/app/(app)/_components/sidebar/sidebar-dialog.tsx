"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";

/** A destructive action's button: white on dark red (light theme), dark on light red (dark theme). */
export const dangerButtonClass =
  "inline-flex min-h-10 items-center justify-center gap-2 rounded-md bg-danger px-4 text-sm font-medium text-bg transition hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-60";

/**
 * Focuses the dialog's element marked `data-autofocus`, also one that arrives after opening (a form still
 * loading), unless the user has moved the focus meanwhile. Returns what stops waiting for it.
 */
function focusAutofocus(element: HTMLDialogElement): () => void {
  const target = () => element.querySelector<HTMLElement>("[data-autofocus]");
  const present = target();
  if (present) {
    present.focus();
    return () => {};
  }
  const observer = new MutationObserver(() => {
    const arrived = target();
    if (!arrived) return;
    observer.disconnect();
    if (document.activeElement === element || !element.contains(document.activeElement)) arrived.focus();
  });
  observer.observe(element, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/**
 * A modal on the native <dialog> (focus stays inside, Escape closes), like the task details dialog.
 * Opening puts the focus on the element marked `data-autofocus` (once it is there), else the first field;
 * the parent's `onClose` puts it back where the user was.
 */
export function SidebarDialog({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      return focusAutofocus(element);
    }
    if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby={headingId}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-border bg-bg p-0 text-fg backdrop:bg-black/50"
    >
      {open ? (
        <div className="flex flex-col gap-4 p-5">
          <h2 id={headingId} className="text-lg font-semibold">
            {title}
          </h2>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}

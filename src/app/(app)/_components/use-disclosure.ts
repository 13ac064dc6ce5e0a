"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A button that shows a panel under it (the bell's inbox, the bulk toolbar's menus): Escape closes it and
 * gives the focus back to the button; a click elsewhere closes it. Put `container` around both.
 */
export function useDisclosure<Button extends HTMLElement = HTMLButtonElement>() {
  const [open, setOpen] = useState(false);
  const button = useRef<Button>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !container.current?.contains(event.target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown, true);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown, true);
    };
  }, [open]);

  return {
    open,
    toggle: () => setOpen((was) => !was),
    /** Closes it; `refocus`: the focus goes back to the button (a choice made inside). */
    close(refocus = false) {
      setOpen(false);
      if (refocus) button.current?.focus();
    },
    button,
    container,
  };
}

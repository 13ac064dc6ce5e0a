"use client";

import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { Icon } from "@/components/icon";
import type { IconName } from "@/components/icon-shapes";

export interface MenuAction {
  label: string;
  icon: IconName;
  onSelect(): void;
  danger?: boolean;
}

const MENU_WIDTH = 208;

function itemsOf(menu: HTMLElement | null): HTMLButtonElement[] {
  return Array.from(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);
}
const GAP = 4;

/**
 * A menu button (WAI-ARIA menu pattern): Enter, Space or Arrow Down opens it on the first item,
 * Arrow Up on the last; arrows, Home and End move; Escape closes and puts focus back on the button;
 * Tab or a click outside closes it. Positioned `fixed` so a scrolling sidebar does not clip it.
 */
export function ActionsMenu({
  label,
  actions,
  buttonId,
  onIntent,
}: {
  label: string;
  actions: MenuAction[];
  buttonId: string;
  /** The pointer came onto the button, or it took the focus: what its actions open can start loading. */
  onIntent?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const firstFocus = useRef<"first" | "last">("first");
  const menuId = useId();

  function show(focus: "first" | "last") {
    const rect = button.current?.getBoundingClientRect();
    if (!rect) return;
    firstFocus.current = focus;
    setPosition({
      top: rect.bottom + GAP,
      left: Math.max(GAP, Math.min(rect.right - MENU_WIDTH, innerWidth - MENU_WIDTH - GAP)),
    });
    setOpen(true);
  }

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }

  // Once drawn: flip above the button when there is no room below, then focus an item.
  useLayoutEffect(() => {
    if (!open || !menu.current || !button.current) return;
    const rect = button.current.getBoundingClientRect();
    const height = menu.current.offsetHeight;
    if (rect.bottom + GAP + height > innerHeight && rect.top - GAP - height >= 0) {
      setPosition((current) => (current ? { ...current, top: rect.top - GAP - height } : current));
    }
    const list = itemsOf(menu.current);
    (firstFocus.current === "first" ? list[0] : list[list.length - 1])?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node)) return;
      if (menu.current?.contains(target) || button.current?.contains(target)) return;
      setOpen(false);
    };
    // The menu is placed against the button: when the page moves under it, it closes.
    const onMove = (event: Event) => {
      if (event.target instanceof Node && menu.current?.contains(event.target)) return;
      setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    window.addEventListener("scroll", onMove, true);
    window.addEventListener("resize", onMove);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      window.removeEventListener("scroll", onMove, true);
      window.removeEventListener("resize", onMove);
    };
  }, [open]);

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      show(event.key === "ArrowDown" ? "first" : "last");
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const list = itemsOf(menu.current);
    const index = list.indexOf(document.activeElement as HTMLButtonElement);
    let next: number | null = null;
    if (event.key === "ArrowDown") next = (index + 1) % list.length;
    else if (event.key === "ArrowUp") next = (index - 1 + list.length) % list.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = list.length - 1;
    else if (event.key === "Escape") {
      event.preventDefault();
      // Not the mobile sidebar's Escape as well.
      event.stopPropagation();
      close(true);
      return;
    } else if (event.key === "Tab") {
      close(false);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    list[next]?.focus();
  }

  return (
    <>
      <button
        ref={button}
        id={buttonId}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : show("first"))}
        onKeyDown={onButtonKeyDown}
        onPointerEnter={onIntent}
        onFocus={onIntent}
        className="inline-flex size-9 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface hover:text-fg aria-expanded:bg-surface"
      >
        <Icon name="ellipsis" className="size-4" />
      </button>
      {open && position ? (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          onKeyDown={onMenuKeyDown}
          style={{ top: position.top, left: position.left, width: MENU_WIDTH }}
          className="fixed z-50 flex flex-col rounded-md border border-border bg-bg p-1 text-fg shadow-lg"
        >
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                // Closed first, so a dialog the action opens can take the focus.
                setOpen(false);
                action.onSelect();
              }}
              className={`flex min-h-9 items-center gap-2 rounded px-2 text-left text-sm hover:bg-surface focus:bg-surface ${action.danger ? "text-danger" : ""}`}
            >
              <Icon name={action.icon} className="size-4 shrink-0" />
              {action.label}
            </button>
          ))}
        </div>
      ) : null}
    </>
  );
}

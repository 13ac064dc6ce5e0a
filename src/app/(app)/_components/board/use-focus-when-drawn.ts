"use client";

import { useLayoutEffect, useRef } from "react";

/** How long an element waits to be drawn in its new place before the keyboard gives up on it. */
const FOCUS_WAIT_MS = 2000;

/**
 * Keeps the keyboard on something moved by keyboard (a card, a column): `focusWhenDrawn(find)` focuses what
 * `find` returns once it returns it, after a render of the calling component. A card that changes column is
 * a new element, one moved within its column loses the focus as it is moved, and the cached list changes a
 * moment after the move: so `find` answers only once the element is drawn at its new place.
 */
export function useFocusWhenDrawn() {
  const pending = useRef<{ find: () => HTMLElement | null; until: number } | null>(null);
  useLayoutEffect(() => {
    const target = pending.current;
    if (!target) return;
    if (Date.now() > target.until) {
      pending.current = null;
      return;
    }
    const element = target.find();
    if (!element) return;
    pending.current = null;
    element.focus();
  });
  return (find: () => HTMLElement | null) => {
    pending.current = { find, until: Date.now() + FOCUS_WAIT_MS };
  };
}

/** A card's handle, once the card is the `index`th of column `columnIndex`. */
export function cardHandleAt(taskId: string, columnIndex: number, index: number): HTMLElement | null {
  const cards = document.querySelectorAll<HTMLElement>(`[data-board-column="${columnIndex}"] [data-board-card]`);
  const card = cards[index];
  if (card?.dataset.taskId !== taskId) return null;
  return card.querySelector<HTMLElement>('[data-row-control="reorder"]');
}

/** An element of a column (its menu button, by id), once the column is the board's `columnIndex`th. */
export function inColumnAt(elementId: string, columnIndex: number): HTMLElement | null {
  const element = document.getElementById(elementId);
  const column = element?.closest<HTMLElement>("[data-board-column]");
  return column?.dataset.boardColumn === String(columnIndex) ? element : null;
}

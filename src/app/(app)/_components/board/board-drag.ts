"use client";

import { type MouseEvent, type PointerEvent, useEffect, useRef, useState } from "react";

/** Where a dragged card would land: the column (its index on the board) and its place among the other cards. */
export interface BoardDropTarget {
  columnIndex: number;
  index: number;
}

/** Marks a column's element as a drop target: spread it on the whole column, so its empty space takes a card. */
export function boardColumnTarget(columnIndex: number): { "data-board-column": number } {
  return { "data-board-column": columnIndex };
}

/** How far the pointer moves before a press becomes a drag (a click stays a click, a tap a tap). */
const DRAG_THRESHOLD_PX = 6;
/** Near the board's left or right edge, or the window's top or bottom, a drag scrolls that way. */
const EDGE_PX = 48;
const SCROLL_STEP_PX = 12;

interface Press {
  taskId: string;
  pointerId: number;
  card: HTMLElement;
  x: number;
  y: number;
  dragging: boolean;
}

interface Dragged {
  taskId: string;
  /** How far the card has been carried from where it was pressed. */
  dx: number;
  dy: number;
  over: BoardDropTarget | null;
}

/**
 * Dragging cards across a board with Pointer Events, so that a mouse, a pen and a finger drag alike (HTML
 * drag and drop does not start from a touch on most phones); the approach of Upcoming's day-drag.ts. A mouse
 * or a pen drags the card from anywhere on it; a finger from its handle only (elsewhere a finger scrolls the
 * board sideways). Once the pointer has moved a little the card captures it and follows it; the column and
 * place under the pointer are found by hit testing. `onDrop(taskId, target)` when released over a column;
 * Escape drops nothing.
 */
export function useBoardDrag(onDrop: (taskId: string, target: BoardDropTarget) => void) {
  const press = useRef<Press | null>(null);
  const pointer = useRef({ x: 0, y: 0 });
  // The click that ends a drag is not a click on the card's title.
  const justDragged = useRef(false);
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const dragging = dragged !== null;

  function end() {
    press.current = null;
    setDragged(null);
  }

  // While dragging, the board (or the page) scrolls for as long as the pointer rests near an edge.
  useEffect(() => {
    if (!dragging) return;
    let frame = requestAnimationFrame(function scroll() {
      const { x, y } = pointer.current;
      const board = press.current?.card.closest<HTMLElement>("[data-board]");
      if (board) {
        const { left, right } = board.getBoundingClientRect();
        const step = x < left + EDGE_PX ? -SCROLL_STEP_PX : x > right - EDGE_PX ? SCROLL_STEP_PX : 0;
        if (step !== 0) board.scrollBy(step, 0);
      }
      const vertical = y < EDGE_PX ? -SCROLL_STEP_PX : y > window.innerHeight - EDGE_PX ? SCROLL_STEP_PX : 0;
      if (vertical !== 0) window.scrollBy(0, vertical);
      frame = requestAnimationFrame(scroll);
    });
    const cancelOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      press.current = null;
      setDragged(null);
    };
    window.addEventListener("keydown", cancelOnEscape);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("keydown", cancelOnEscape);
    };
  }, [dragging]);

  function cardProps(taskId: string) {
    return {
      onPointerDown(event: PointerEvent<HTMLElement>) {
        justDragged.current = false;
        if (event.button !== 0) return;
        const target = event.target instanceof Element ? event.target : null;
        // The complete box is clicked, not dragged; a finger drags by the handle alone.
        if (target?.closest("input, a")) return;
        if (event.pointerType === "touch" && !target?.closest("[data-card-handle]")) return;
        press.current = {
          taskId,
          pointerId: event.pointerId,
          card: event.currentTarget,
          x: event.clientX,
          y: event.clientY,
          dragging: false,
        };
      },
      onPointerMove(event: PointerEvent<HTMLElement>) {
        const current = press.current;
        if (current?.taskId !== taskId || current.pointerId !== event.pointerId) return;
        pointer.current = { x: event.clientX, y: event.clientY };
        if (!current.dragging) {
          if (Math.hypot(event.clientX - current.x, event.clientY - current.y) < DRAG_THRESHOLD_PX) return;
          current.dragging = true;
          // Captured only now: a press that stays put is the title's own click.
          current.card.setPointerCapture(event.pointerId);
        }
        setDragged({
          taskId,
          dx: event.clientX - current.x,
          dy: event.clientY - current.y,
          over: dropTargetAt(event.clientX, event.clientY, current.card),
        });
      },
      onPointerUp(event: PointerEvent<HTMLElement>) {
        const current = press.current;
        end();
        if (current?.taskId !== taskId || !current.dragging) return;
        justDragged.current = true;
        const target = dropTargetAt(event.clientX, event.clientY, current.card);
        if (target) onDrop(taskId, target);
      },
      onPointerCancel: end,
      onClickCapture(event: MouseEvent<HTMLElement>) {
        if (!justDragged.current) return;
        justDragged.current = false;
        event.preventDefault();
        event.stopPropagation();
      },
    };
  }

  return {
    draggedId: dragged?.taskId ?? null,
    offset: dragged ? { x: dragged.dx, y: dragged.dy } : null,
    over: dragged?.over ?? null,
    cardProps,
    /** Spread on a card's handle: a finger drags from there (the page must not scroll under it). */
    handleProps: { "data-card-handle": true, style: { touchAction: "none" } } as const,
  };
}

/**
 * The column under the point (the carried card itself left out) and the place among its other cards: after
 * every card whose middle is above the point.
 */
function dropTargetAt(x: number, y: number, carried: HTMLElement): BoardDropTarget | null {
  const under = document.elementsFromPoint(x, y).find((element) => !carried.contains(element));
  const column = under?.closest<HTMLElement>("[data-board-column]");
  if (!column) return null;
  const cards = [...column.querySelectorAll<HTMLElement>("[data-board-card]")].filter((card) => card !== carried);
  const index = cards.filter((card) => {
    const { top, height } = card.getBoundingClientRect();
    return top + height / 2 < y;
  }).length;
  return { columnIndex: Number(column.dataset.boardColumn), index };
}

export type BoardDrag = ReturnType<typeof useBoardDrag>;

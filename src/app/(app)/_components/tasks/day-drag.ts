"use client";

import { type PointerEvent, useEffect, useRef, useState } from "react";

/** Marks an element as the drop target of a day: spread it on the day's block. */
export function dayDropTarget(date: string): { "data-drop-day": string } {
  return { "data-drop-day": date };
}

/** How far the pointer moves before a press on the handle becomes a drag (a tap stays a tap). */
const DRAG_THRESHOLD_PX = 6;
/** Near the window's top or bottom edge a drag scrolls the page, so a day off screen can be reached. */
const EDGE_PX = 56;
const SCROLL_STEP_PX = 12;

interface Press {
  taskId: string;
  x: number;
  y: number;
  dragging: boolean;
}

/**
 * Dragging a task's handle onto another day, with Pointer Events so that a mouse, a pen and a finger
 * drag alike (HTML drag and drop does not start from a touch on most phones). The handle captures the
 * pointer; the day under it is found by hit testing. `onDrop(taskId, date)` when released over a day.
 */
export function useDayDrag(onDrop: (taskId: string, date: string) => void) {
  const press = useRef<Press | null>(null);
  const pointerY = useRef(0);
  const [dragged, setDragged] = useState<{ taskId: string; overDay: string | null } | null>(null);
  const dragging = dragged !== null;

  function end() {
    press.current = null;
    setDragged(null);
  }

  // While dragging, the page scrolls for as long as the pointer rests near an edge (a finger holds still).
  useEffect(() => {
    if (!dragging) return;
    let frame = requestAnimationFrame(function scroll() {
      const y = pointerY.current;
      const step = y < EDGE_PX ? -SCROLL_STEP_PX : y > window.innerHeight - EDGE_PX ? SCROLL_STEP_PX : 0;
      if (step !== 0) window.scrollBy(0, step);
      frame = requestAnimationFrame(scroll);
    });
    // Escape drops nothing: the task stays on its day.
    const cancelOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      press.current = null;
      setDragged(null);
    };
    window.addEventListener("keydown", cancelOnEscape);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("keydown", cancelOnEscape);
    };
  }, [dragging]);

  function handleProps(taskId: string) {
    return {
      onPointerDown(event: PointerEvent<HTMLElement>) {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        press.current = { taskId, x: event.clientX, y: event.clientY, dragging: false };
      },
      onPointerMove(event: PointerEvent<HTMLElement>) {
        const current = press.current;
        if (current?.taskId !== taskId) return;
        pointerY.current = event.clientY;
        if (!current.dragging) {
          if (Math.hypot(event.clientX - current.x, event.clientY - current.y) < DRAG_THRESHOLD_PX) return;
          current.dragging = true;
        }
        const overDay = dayAt(event.clientX, event.clientY);
        setDragged((before) =>
          before?.taskId === taskId && before.overDay === overDay ? before : { taskId, overDay },
        );
      },
      onPointerUp(event: PointerEvent<HTMLElement>) {
        const current = press.current;
        end();
        if (current?.taskId !== taskId || !current.dragging) return;
        const day = dayAt(event.clientX, event.clientY);
        if (day) onDrop(taskId, day);
      },
      onPointerCancel: end,
      // Handled by the pointer; the page must not scroll or zoom under a finger that drags.
      style: { touchAction: "none" } as const,
    };
  }

  return { draggedId: dragged?.taskId ?? null, overDay: dragged?.overDay ?? null, handleProps };
}

function dayAt(x: number, y: number): string | null {
  return document.elementFromPoint(x, y)?.closest<HTMLElement>("[data-drop-day]")?.dataset.dropDay ?? null;
}

/** What a handle spreads to be dragged. */
export type DayDragHandleProps = ReturnType<ReturnType<typeof useDayDrag>["handleProps"]>;

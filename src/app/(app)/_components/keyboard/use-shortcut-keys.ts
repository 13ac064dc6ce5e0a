"use client";

import { type RefObject, useEffect, useRef } from "react";
import type { Shell, TaskListKeys } from "./shell-context";
import { type Command, isTypingTarget, matchShortcut, type Pending } from "./shortcuts";
import { focusedTaskId, focusTaskRow } from "./task-rows";

const SEQUENCE_MS = 1_500;

interface Handlers {
  shell: Shell;
  taskList: RefObject<TaskListKeys | null>;
  announce(message: string): void;
  navigate(href: `/${string}`): void;
  search(): void;
}

/** Listens to the document's keys and runs the command each one matches (see shortcuts.ts). */
export function useShortcutKeys(handlers: Handlers) {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    let pending: Pending = null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing || event.repeat) return;
      // An open dialog (details, quick add, the palette) has the keyboard to itself.
      if (document.querySelector("dialog[open]")) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const match = matchShortcut(event, pending, isTypingTarget(target));
      pending = match.pending;
      clearTimeout(timer);
      if (pending) timer = setTimeout(() => (pending = null), SEQUENCE_MS);
      if (match.command || match.pending) event.preventDefault();
      if (match.command) run(match.command);
    }

    function run(command: Command) {
      const { shell, taskList, announce, navigate, search } = latest.current;
      switch (command) {
        case "quickAdd":
          return shell.openQuickAdd();
        case "openPalette":
          return shell.openPalette();
        case "showShortcuts":
          return shell.openShortcuts();
        case "search":
          return search();
        case "goInbox":
          return navigate("/");
        case "goToday":
          return navigate("/today");
        case "goUpcoming":
          return navigate("/upcoming");
        case "nextTask":
        case "previousTask":
          if (!focusTaskRow(command === "nextTask" ? 1 : -1)) announce("No tasks in this list.");
          return;
        case "completeTask":
        case "openTask":
        case "scheduleTask":
        case "deleteTask": {
          const id = focusedTaskId();
          const list = taskList.current;
          if (!id || !list) return announce("No task is focused. Press j to focus one.");
          if (command === "completeTask") list.complete(id);
          else if (command === "openTask") list.open(id);
          else if (command === "scheduleTask") {
            list.schedule(id, document.activeElement instanceof HTMLElement ? document.activeElement : null);
          } else list.remove(id);
        }
      }
    }

    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      clearTimeout(timer);
    };
  }, []);
}

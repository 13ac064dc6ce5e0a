"use client";

import { usePathname, useRouter } from "next/navigation";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { taskPath } from "@/lib/task-url";
import { appRoute } from "../sidebar/app-route";
import { useAnnounce } from "./announcer";
import { LazyCommandPalette, LazyQuickAddDialog, LazyShortcutsDialog } from "./lazy-shell-dialogs";
import type { PaletteAction } from "./palette-items";
import { type Shell, ShellContext, type TaskListKeys } from "./shell-context";
import { useShortcutKeys } from "./use-shortcut-keys";

type Open = "quickAdd" | "palette" | "shortcuts" | null;

/**
 * The signed-in app's keyboard layer: the one place keys are registered, and the dialogs they open
 * (quick add, the command palette, the shortcuts). The task list on screen registers its actions.
 */
export function KeyboardShell({ children, timeZone }: { children: ReactNode; timeZone: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const announce = useAnnounce();
  const [open, setOpen] = useState<Open>(null);
  // Each dialog is loaded and mounted at its first opening, then kept (state adjusted during render, as
  // React advises): a shortcut's first press loads it, and it opens (taking the focus) once there.
  const [used, setUsed] = useState<ReadonlySet<Open>>(new Set());
  if (open && !used.has(open)) setUsed(new Set(used).add(open));
  const taskList = useRef<TaskListKeys | null>(null);
  const focusHeadingOn = useRef<string | null>(null);

  const shell = useMemo<Shell>(
    () => ({
      openQuickAdd: () => setOpen("quickAdd"),
      openPalette: () => setOpen("palette"),
      openShortcuts: () => setOpen("shortcuts"),
      registerTaskList(keys) {
        taskList.current = keys;
        return () => {
          if (taskList.current === keys) taskList.current = null;
        };
      },
    }),
    [],
  );

  /** A keyboard navigation lands on the new page's heading, so j/k and screen readers start there. */
  function navigate(href: `/${string}`) {
    focusHeadingOn.current = href;
    if (href === pathname) document.querySelector<HTMLElement>("main h1")?.focus();
    else router.push(appRoute(href));
  }

  useEffect(() => {
    if (focusHeadingOn.current !== pathname) return;
    focusHeadingOn.current = null;
    // The new page may still be streaming in behind its loading skeleton: wait for its heading.
    const started = Date.now();
    const timer = setInterval(() => {
      const heading = document.querySelector<HTMLElement>("main h1");
      if (heading) heading.focus();
      if (heading || Date.now() - started > 5_000) clearInterval(timer);
    }, 50);
    return () => clearInterval(timer);
  }, [pathname]);

  useShortcutKeys({
    shell,
    taskList,
    announce,
    navigate,
    search() {
      const field = document.getElementById("search-tasks");
      if (field) field.focus();
      else router.push("/search");
    },
  });

  // A dialog closed by its own Escape or button: only if it is still the open one (one may open another).
  const closeIf = (which: Open) => () => setOpen((current) => (current === which ? null : current));

  function run(action: PaletteAction) {
    if (action.kind === "navigate") {
      setOpen(null);
      navigate(action.href);
    } else if (action.kind === "openTask") {
      setOpen(null);
      router.push(appRoute(taskPath(action.id)));
    } else setOpen(action.kind === "quickAdd" ? "quickAdd" : "shortcuts");
  }

  return (
    <ShellContext.Provider value={shell}>
      {children}
      {used.has("quickAdd") ? (
        <LazyQuickAddDialog open={open === "quickAdd"} onClose={closeIf("quickAdd")} timeZone={timeZone} />
      ) : null}
      {used.has("palette") ? (
        <LazyCommandPalette open={open === "palette"} onClose={closeIf("palette")} onRun={run} />
      ) : null}
      {used.has("shortcuts") ? (
        <LazyShortcutsDialog open={open === "shortcuts"} onClose={closeIf("shortcuts")} />
      ) : null}
    </ShellContext.Provider>
  );
}

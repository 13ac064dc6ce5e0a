"use client";

import { useEffect, useState } from "react";
import { preload } from "@/components/load-failure";
import { loadTaskSchemas } from "../tasks/load-task-schemas";
import { preloadRecognisedTokens } from "./lazy-recognised-tokens";

export type Planner = typeof import("./quick-add-plan");

// The parser (chrono-node) is most of quick add's weight: a title field loads it when first used
// (focused or typed in), not with every page.
let loaded: Planner | null = null;
let loading: Promise<Planner> | null = null;

export function loadPlanner(): Promise<Planner> {
  loading ??= import("./quick-add-plan").then((planner) => {
    loaded = planner;
    return planner;
  });
  return loading;
}

/** The line planner once loaded (null until then); `prime` starts loading it, `eager` at once. */
export function usePlanner(eager = false): { planner: Planner | null; prime(): void } {
  const [planner, setPlanner] = useState(loaded);
  const [wanted, setWanted] = useState(eager);
  useEffect(() => {
    if (!wanted || planner) return;
    let current = true;
    // The title check Enter makes (the task schemas) and the buttons of what it recognises come with it.
    preload(loadTaskSchemas);
    preloadRecognisedTokens();
    void loadPlanner().then((module) => {
      if (current) setPlanner(module);
    });
    return () => {
      current = false;
    };
  }, [wanted, planner]);
  return { planner, prime: () => setWanted(true) };
}

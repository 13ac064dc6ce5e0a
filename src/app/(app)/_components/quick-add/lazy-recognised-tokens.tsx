"use client";

import dynamic from "next/dynamic";
import { leftOutIfUnloadable, preload } from "@/components/load-failure";

/** The line's recognised parts as buttons, loaded with the parser (line-planner.ts): there are none before it. */
export const LazyRecognisedTokens = leftOutIfUnloadable(
  dynamic(() => import("./recognised-tokens").then((module) => module.RecognisedTokens), { ssr: false }),
);

export const preloadRecognisedTokens = () => preload(() => import("./recognised-tokens"));

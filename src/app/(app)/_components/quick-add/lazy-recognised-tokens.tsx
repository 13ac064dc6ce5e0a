"use client";

import dynamic from "next/dynamic";

/** The line's recognised parts as buttons, loaded with the parser (line-planner.ts): there are none before it. */
export const LazyRecognisedTokens = dynamic(
  () => import("./recognised-tokens").then((module) => module.RecognisedTokens),
  { ssr: false },
);

export const preloadRecognisedTokens = () => void import("./recognised-tokens");

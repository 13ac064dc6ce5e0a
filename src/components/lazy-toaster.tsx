"use client";

import dynamic from "next/dynamic";

/** Sonner (its Toaster and its styles), loaded when toasts are first wanted: see toast.ts. */
export const LazyToaster = dynamic(() => import("./toaster").then((module) => module.Toaster), { ssr: false });

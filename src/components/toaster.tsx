"use client";

import { useEffect } from "react";
import { Toaster as SonnerToaster, toast } from "sonner";
import { toasterMounted } from "./toast";

/** Sonner's Toaster, loaded on demand (lazy-toaster.tsx): once it listens, the toasts that waited show. */
export function Toaster({ theme }: { theme: "light" | "dark" }) {
  // A parent's effect runs after its children's: the Toaster has subscribed to the toasts by now.
  useEffect(() => toasterMounted(toast), []);
  return <SonnerToaster theme={theme} richColors closeButton position="bottom-center" />;
}

"use client";

import { ThemeProvider, useTheme } from "next-themes";
import { type ReactNode, useEffect, useSyncExternalStore } from "react";
import { whenIdle } from "@/lib/when-idle";
import { TRPCReactProvider } from "@/trpc/react";
import { LazyToaster } from "./lazy-toaster";
import { subscribeToToaster, toasterWanted, wantToaster } from "./toast";

/** `nonce`: this page's CSP nonce, for next-themes' inline script (it runs before hydration). */
export function Providers({ children, nonce }: { children: ReactNode; nonce?: string | undefined }) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      <TRPCReactProvider>{children}</TRPCReactProvider>
      <ThemedToaster />
    </ThemeProvider>
  );
}

/**
 * The toasts' Toaster, in the page's theme: mounted at the first toast, or after the user's first click or key
 * once the page is idle again (the action they started goes first).
 */
function ThemedToaster() {
  const { resolvedTheme } = useTheme();
  const wanted = useSyncExternalStore(subscribeToToaster, toasterWanted, () => false);
  useEffect(() => {
    if (wanted) return;
    let cancel = () => {};
    const interacted = () => {
      cancel();
      cancel = whenIdle(wantToaster);
    };
    const options = { capture: true, passive: true };
    window.addEventListener("pointerdown", interacted, options);
    window.addEventListener("keydown", interacted, options);
    return () => {
      cancel();
      window.removeEventListener("pointerdown", interacted, options);
      window.removeEventListener("keydown", interacted, options);
    };
  }, [wanted]);
  return wanted ? <LazyToaster theme={resolvedTheme === "dark" ? "dark" : "light"} /> : null;
}

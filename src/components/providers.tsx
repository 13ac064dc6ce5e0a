"use client";

import { ThemeProvider, useTheme } from "next-themes";
import type { ReactNode } from "react";
import { Toaster } from "sonner";
import { TRPCReactProvider } from "@/trpc/react";

/** `nonce`: this page's CSP nonce, for next-themes' inline script (it runs before hydration). */
export function Providers({ children, nonce }: { children: ReactNode; nonce?: string | undefined }) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      <TRPCReactProvider>{children}</TRPCReactProvider>
      <ThemedToaster />
    </ThemeProvider>
  );
}

function ThemedToaster() {
  const { resolvedTheme } = useTheme();
  return (
    <Toaster theme={resolvedTheme === "dark" ? "dark" : "light"} richColors closeButton position="bottom-center" />
  );
}

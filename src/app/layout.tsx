import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { IconSprite } from "@/components/icon-sprite";
import { Providers } from "@/components/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tasklane", template: "%s · Tasklane" },
  description: "An open task manager.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1115" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Set by src/proxy.ts with this response's Content-Security-Policy.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // next-themes sets the class before hydration.
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-dvh antialiased">
        <IconSprite />
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}

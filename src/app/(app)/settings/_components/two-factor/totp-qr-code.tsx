"use client";

import { useMemo } from "react";
import { renderSVG } from "uqr";

/** The otpauth:// URI as a QR code, black on white whatever the theme, so every camera reads it. */
export function TotpQrCode({ uri }: { uri: string }) {
  const src = useMemo(() => `data:image/svg+xml,${encodeURIComponent(renderSVG(uri, { border: 2 }))}`, [uri]);
  return (
    // biome-ignore lint/performance/noImgElement: a generated data: URI, nothing for next/image to optimise
    <img
      src={src}
      alt="QR code to scan with your authenticator app"
      width={192}
      height={192}
      className="rounded-md bg-white"
    />
  );
}

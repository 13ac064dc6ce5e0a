import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * The JavaScript a signed-in page loads, as Chromium requests it, each file
 * gzipped as `next start` serves it. Null when Chromium is not installed.
 */
export async function javascriptWeight(baseUrl: string, cookie: string, path: string) {
  if (!existsSync(CHROMIUM)) return null;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const context = await browser.newContext();
    const url = new URL(baseUrl);
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const [name = "", ...value] = pair.split("=");
        return { name, value: value.join("="), domain: url.hostname, path: "/" };
      }),
    );
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.add(response.url());
    });
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    const files: { path: string; gzipBytes: number }[] = [];
    for (const script of scripts) {
      const body = Buffer.from(await (await fetch(script)).arrayBuffer());
      files.push({ path: new URL(script).pathname, gzipBytes: gzipSync(body).byteLength });
    }
    files.sort((a, b) => b.gzipBytes - a.gzipBytes);
    return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
  } finally {
    await browser.close();
  }
}

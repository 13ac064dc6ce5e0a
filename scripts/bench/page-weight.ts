import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_FLAGS } from "./chromium";

/** Every figure in bytes; the bench prints kB of 1024 bytes. Gzip at level 9 (`gzip -9`), whatever the server sends. */
const gzip9 = (body: Buffer) => gzipSync(body, { level: 9 }).byteLength;

/**
 * The JavaScript a page loads, as Chromium requests it until the network is idle, each file's body gzipped
 * at level 9. `cookie` signs the browser in (none: a visitor). Null when Chromium is not installed.
 */
export async function javascriptWeight(baseUrl: string, path: string, cookie?: string) {
  if (!existsSync(CHROMIUM)) return null;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext();
    const url = new URL(baseUrl);
    if (cookie) {
      await context.addCookies(
        cookie.split("; ").map((pair) => {
          const [name = "", ...value] = pair.split("=");
          return { name, value: value.join("="), domain: url.hostname, path: "/" };
        }),
      );
    }
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.add(response.url());
    });
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    const files: { path: string; gzipBytes: number }[] = [];
    for (const script of scripts) {
      const body = Buffer.from(await (await fetch(script)).arrayBuffer());
      files.push({ path: new URL(script).pathname, gzipBytes: gzip9(body) });
    }
    files.sort((a, b) => b.gzipBytes - a.gzipBytes);
    return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
  } finally {
    await browser.close();
  }
}

/**
 * The scripts the HTML names (`<script src>`, `noModule` ones included although Chromium skips them), each
 * gzip -9: how issue #20 counted when it was filed (t3's 8 scripts, 179.2 kB, include its 38 kB of noModule
 * polyfills). Printed beside javascriptWeight's count, which is what a browser downloads.
 */
export async function htmlScriptWeight(url: string, cookie?: string) {
  const html = await (await fetch(url, { headers: cookie ? { cookie } : {} })).text();
  const tags = new Map<string, string>();
  for (const [tag, source] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (source) tags.set(source, tag);
  const files: { path: string; gzipBytes: number; noModule: boolean }[] = [];
  for (const [source, tag] of tags) {
    const script = new URL(source.replaceAll("&amp;", "&"), url);
    const body = Buffer.from(await (await fetch(script)).arrayBuffer());
    files.push({ path: script.pathname, gzipBytes: gzip9(body), noModule: /\bnomodule\b/i.test(tag) });
  }
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

/** The HTML document at `url` as the browser receives it once decoded (the whole streamed body), and gzipped. */
export async function documentWeight(url: string, cookie?: string) {
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { bytes: body.byteLength, gzipBytes: gzip9(body) };
}

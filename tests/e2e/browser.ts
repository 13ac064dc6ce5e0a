import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, chromium, type Page } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, never a downloaded one; flags for running as root in a closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Logs every Content-Security-Policy violation of the page's documents as a console error. */
export async function logCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.1 A/AA) on the page; returns the violations in a readable form. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Next.js streams a page's <title> after its content: on a client-side navigation it lands a moment
  // after the page shows. Wait for it (a page without one still fails, after the wait).
  await page.waitForFunction(() => document.title !== "", undefined, { timeout: 5_000 }).catch(() => {});
  // Evaluated through the DevTools protocol: an injected <script> would be (rightly) refused by the CSP.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

/**
 * After a full load: waits until React has hydrated every control of the page (and revealed every part it
 * streamed after the shell, whose HTML waits hidden until then). A click that lands before its control has
 * hydrated is dropped by React 19 whenever the part cannot be hydrated there and then (it no longer replays
 * such clicks), so a journey that loads a page and acts on it at once waits here first, as a person waits
 * for a page to respond. What marks a hydrated element is React's own `__reactProps$…` key on it.
 */
export async function waitUntilInteractive(page: Page): Promise<void> {
  const deadline = Date.now() + 15_000;
  // A page still navigating (a redirect made in the browser) has no context to ask: it is not ready yet.
  const waitingFor = () => page.evaluate(notHydrated).catch(() => ["the page (still navigating)"]);
  for (let waiting = await waitingFor(); waiting.length > 0; waiting = await waitingFor()) {
    if (Date.now() > deadline) throw new Error(`${page.url()}: React has not hydrated ${waiting.join(", ")}`);
    await page.waitForTimeout(50);
  }
  // A frame more: React commits what it hydrated, and runs the effects that listen (keys, the live feed).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
}

/** In the page: the parts still hidden, and the first controls (or headings) without React's props on them. */
const notHydrated = (): string[] => {
  const hidden = Array.from(document.querySelectorAll("div[hidden][id^='S:']"), (part) => `hidden part ${part.id}`);
  const controls = document.body.querySelectorAll(
    "h1, button, a[href], input:not([type=hidden]), select, textarea, [tabindex]",
  );
  const bare = Array.from(controls)
    .filter((control) => !Object.keys(control).some((key) => key.startsWith("__reactProps$")))
    .map((control) => control.outerHTML.slice(0, 120));
  return [...hidden, ...bare].slice(0, 5);
};

// vercel.json deploys on every Vercel plan: Hobby refuses a deployment whose cron runs more than once a day
// ("Hobby accounts are limited to daily cron jobs"), which would break the README's one-click deploy.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const root = path.join(import.meta.dirname, "../..");
const config = z
  .object({ crons: z.array(z.object({ path: z.string(), schedule: z.string() })) })
  .parse(JSON.parse(readFileSync(path.join(root, "vercel.json"), "utf8")));

/** At most once a day: a fixed minute and a fixed hour (the other fields may repeat it on chosen days). */
function runsAtMostDaily(schedule: string): boolean {
  const [minute, hour, ...rest] = schedule.trim().split(/\s+/);
  return rest.length === 3 && /^\d{1,2}$/.test(minute ?? "") && /^\d{1,2}$/.test(hour ?? "");
}

describe("vercel.json", () => {
  it("schedules the reminders cron", () => {
    expect(config.crons.map((cron) => cron.path)).toContain("/api/cron/reminders");
  });

  it.each(config.crons)("runs $path at most once a day, as the Hobby plan requires ($schedule)", ({ schedule }) => {
    expect(runsAtMostDaily(schedule)).toBe(true);
  });

  it.each(config.crons)("points $path at a route handler with GET", ({ path: route }) => {
    const file = path.join(root, "src/app", route, "route.ts");
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, "utf8")).toMatch(/export (async function GET\b|const GET =)/);
  });

  it("recognises schedules that run more than once a day", () => {
    expect(runsAtMostDaily("*/5 * * * *")).toBe(false);
    expect(runsAtMostDaily("0 */6 * * *")).toBe(false);
    expect(runsAtMostDaily("0,30 8 * * *")).toBe(false);
    expect(runsAtMostDaily("0 8 * * 1-5")).toBe(true);
  });
});

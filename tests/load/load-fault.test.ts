import { beforeAll, describe, expect, it } from "vitest";
import { formatReport, type LoadFaultReport, runLoadAndFault } from "../../scripts/load/fault";

// The short run of `npm run test:load` that CI makes: the same traffic and the same checks, each one a test.
// Durations only shape the run; nothing here asserts on time.
let report: LoadFaultReport | undefined;

beforeAll(async () => {
  report = await runLoadAndFault({
    seconds: Number(process.env.LOAD_SECONDS ?? 8),
    cutSeconds: Number(process.env.CUT_SECONDS ?? 3),
    connections: 10,
    users: 5,
    log: (message) => console.log(`[load] ${message}`),
  });
  console.log(formatReport(report).join("\n"));
});

function check(name: string) {
  const found = report?.checks.find((each) => each.name === name);
  if (!found) throw new Error(`no check named "${name}"`);
  return found;
}

describe("load with the database cut in the middle of write transactions", () => {
  it.each([
    "the cut caught transactions half-way",
    "every answer was 200 or 503 (no 500)",
    "no uncaught exception in the server's output",
    "every acknowledged write is in the database",
    "recovered without a restart",
  ])("%s", (name) => {
    const { ok, detail } = check(name);
    expect(ok, detail).toBe(true);
  });

  it("ran traffic in every phase", () => {
    expect(report?.phases.map((phase) => phase.requests > 0)).toEqual([true, true, true]);
  });
});

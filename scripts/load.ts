// npm run test:load: 30 s of mixed traffic (80 % reads) by several users with the database cut for 10 s in
// the middle (a local relay resets every connection, so transactions die half-way). Prints req/s, p50/p99
// and statuses per phase, then the checks; exits non-zero if one fails. Figures, not timed assertions.
// Knobs: LOAD_SECONDS, CUT_SECONDS, LOAD_CONNECTIONS, LOAD_USERS. Needs PostgreSQL (TEST_DATABASE_URL or
// the local one); builds the app if there is no production build.
import { formatReport, runLoadAndFault } from "./load/fault";

const log = (message: string) => console.log(`[load] ${message}`);

function knob(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

async function main() {
  const seconds = knob("LOAD_SECONDS", 30);
  const cutSeconds = knob("CUT_SECONDS", 10);
  if (cutSeconds >= seconds) throw new Error("CUT_SECONDS must be shorter than LOAD_SECONDS");
  const report = await runLoadAndFault({
    seconds,
    cutSeconds,
    connections: knob("LOAD_CONNECTIONS", 10),
    users: knob("LOAD_USERS", 5),
    log,
  });
  console.log("");
  for (const line of formatReport(report)) console.log(line);
  const failed = report.checks.filter((check) => !check.ok);
  console.log(failed.length === 0 ? "all checks passed" : `${failed.length} check(s) FAILED`);
  process.exitCode = failed.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error("[load] failed:", error);
  process.exit(1);
});

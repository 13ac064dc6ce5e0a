import "server-only";
import { env } from "@/env";
import { createBufferedWriter } from "./buffered-writer";
import { createLogger } from "./logger";

export { errorSummary } from "./error-summary";
export type { LogFields, Logger } from "./logger";

const globalForLog = globalThis as typeof globalThis & { tasklaneLogWriter?: ReturnType<typeof createBufferedWriter> };

// One writer per process (route handlers and pages are separate bundles), flushed on exit: process.exit()
// after a graceful shutdown, or the event loop running dry. stdout is synchronous there, so nothing is lost.
function processLogWriter() {
  if (globalForLog.tasklaneLogWriter) return globalForLog.tasklaneLogWriter;
  const writer = createBufferedWriter((chunk) => process.stdout.write(chunk));
  process.on("exit", writer.flush);
  globalForLog.tasklaneLogWriter = writer;
  return writer;
}

const writer = processLogWriter();

/** Writes the log lines still queued (shutdown calls it before exiting). */
export const flushLog = (): void => writer.flush();

/** The app's one logger: JSON lines on stdout, from LOG_LEVEL up (tests run "silent"), written once per job (buffered-writer.ts). */
export const log = createLogger({ level: env.LOG_LEVEL, write: writer.write });

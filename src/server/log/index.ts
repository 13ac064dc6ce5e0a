import "server-only";
import { env } from "@/env";
import { createLogger } from "./logger";

export { errorSummary } from "./error-summary";
export type { LogFields, Logger } from "./logger";

/** The app's one logger: JSON lines on stdout, from LOG_LEVEL up (tests run "silent"). */
export const log = createLogger({ level: env.LOG_LEVEL, write: (line) => process.stdout.write(line) });

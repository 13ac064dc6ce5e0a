import "server-only";
import { redact } from "./redact";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogThreshold = LogLevel | "silent";

const RANK: Record<LogThreshold, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** What a line may say besides time, level and message. Values pass through redact() first. */
export interface LogFields {
  requestId?: string | null;
  userId?: string | null;
  procedure?: string;
  type?: string;
  durationMs?: number;
  outcome?: string;
  [field: string]: unknown;
}

export type Logger = Record<LogLevel, (msg: string, fields?: LogFields) => void>;

/** One JSON object per line: what log collectors (Vercel, Docker, journald) parse without help. */
export function createLogger(options: { level: LogThreshold; write: (line: string) => void }): Logger {
  const threshold = RANK[options.level];
  const emit =
    (level: LogLevel) =>
    (msg: string, fields: LogFields = {}) => {
      if (RANK[level] < threshold) return;
      const { time: _time, level: _level, msg: _msg, ...rest } = fields;
      const entry = { time: new Date().toISOString(), level, msg: redact(msg), ...(redact(rest) as LogFields) };
      options.write(`${JSON.stringify(entry)}\n`);
    };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

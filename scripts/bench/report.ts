import type { LoadResult } from "./load";

// How the bench prints its figures. kB are 1024 bytes everywhere (HTML and JavaScript alike).

export const log = (message: string) => console.log(`[bench] ${message}`);
export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const verdict = (ok: boolean) => (ok ? "meets target" : "MISSES target");

export function loadLine(label: string, result: LoadResult) {
  return `  ${label.padEnd(30)} ${result.requestsPerSecond.toFixed(1).padStart(7)} req/s   p50 ${ms(result.p50).padStart(9)}   p99 ${ms(result.p99).padStart(9)}   errors ${result.errors}`;
}

/** The closing block: one line per target of issue #20 measured in this run. */
export class Summary {
  private readonly lines: string[] = [];

  add(target: number, text: string, ok: boolean) {
    this.lines.push(`target ${target}: ${text}: ${verdict(ok)}`);
  }

  print() {
    console.log("");
    console.log("Issue #20's targets (this run, this machine):");
    for (const line of this.lines) console.log(`  ${line}`);
  }
}

export interface TimingEntry {
  name: string;
  durationMs: number;
  description?: string;
}

/** A `Server-Timing` header value: `db;dur=12.3;desc="Database", total;dur=45.6`. */
export function serverTimingHeader(entries: readonly TimingEntry[]): string {
  return entries
    .map(({ name, durationMs, description }) => {
      const duration = `${name};dur=${Math.max(0, Math.round(durationMs * 10) / 10)}`;
      return description ? `${duration};desc="${description.replace(/["\\]/g, "")}"` : duration;
    })
    .join(", ");
}

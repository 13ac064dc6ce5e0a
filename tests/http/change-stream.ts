import type { SuperJSONResult } from "superjson";
import superjson from "superjson";
import type { ChangeEvent } from "@/lib/change-feed";

export interface StreamedEvent {
  id: string;
  data: ChangeEvent;
}

/**
 * `sync.changes` read as a browser's EventSource reads it: GET with the session's cookie (or a bearer
 * token), `text/event-stream`, one event per blank-line-separated block. Keeps tRPC's own events
 * (connected, ping, return) apart from the data events.
 */
export class ChangeStream {
  private readonly abort = new AbortController();
  private readonly events: StreamedEvent[] = [];
  private waiting: (() => void) | null = null;
  /** tRPC's named events seen (`connected`, `ping`, `return`, `serialized-error`). */
  readonly named: string[] = [];
  /** Resolves when the server ends the response. */
  readonly ended: Promise<void>;
  readonly response: Promise<Response>;

  constructor(baseUrl: string, headers: Record<string, string>, input: { lastEventId?: string } = {}) {
    const query = encodeURIComponent(JSON.stringify(superjson.serialize(input)));
    this.response = fetch(`${baseUrl}/api/trpc/sync.changes?input=${query}`, {
      headers: { accept: "text/event-stream", ...headers },
      signal: this.abort.signal,
    });
    this.ended = this.read().catch(() => {});
  }

  private async read(): Promise<void> {
    const response = await this.response;
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = "";
    const reader = response.body.getReader();
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf("\n\n");
      while (end !== -1) {
        this.take(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf("\n\n");
      }
    }
    this.wake();
  }

  private take(block: string): void {
    const fields = new Map<string, string>();
    for (const line of block.split("\n")) {
      const colon = line.indexOf(":");
      if (colon <= 0) continue;
      fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
    }
    const name = fields.get("event");
    if (name) {
      this.named.push(name);
      return;
    }
    const data = fields.get("data");
    const id = fields.get("id");
    if (data === undefined || id === undefined) return;
    this.events.push({ id, data: superjson.deserialize<ChangeEvent>(JSON.parse(data) as SuperJSONResult) });
    this.wake();
  }

  private wake(): void {
    this.waiting?.();
    this.waiting = null;
  }

  /** The next data event, or null when none comes within `ms` (or the stream ended). */
  async next(ms = 5_000): Promise<StreamedEvent | null> {
    const deadline = Date.now() + ms;
    while (this.events.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) return null;
      const ended = await Promise.race([
        new Promise<false>((resolve) => {
          this.waiting = () => resolve(false);
          setTimeout(() => resolve(false), left);
        }),
        this.ended.then(() => true),
      ]);
      if (ended && this.events.length === 0) return null;
    }
    return this.events.shift() ?? null;
  }

  /** The next data event that is a change of `id`, skipping others; null when none comes within `ms`. */
  async nextAbout(id: string, ms = 5_000): Promise<StreamedEvent | null> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const event = await this.next(deadline - Date.now());
      if (!event) return null;
      if ("id" in event.data && event.data.id === id) return event;
    }
    return null;
  }

  close(): void {
    this.abort.abort();
  }
}

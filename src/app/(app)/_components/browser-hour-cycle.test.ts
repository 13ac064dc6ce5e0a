import { describe, expect, it } from "vitest";
import { FALLBACK_HOUR_CYCLE, hourCycleOfLocale } from "@/lib/time-format";
import { browserHourCycleStore } from "./browser-hour-cycle";

/** A scheduler the test runs by hand: what it holds is "when the page is idle". */
function idleQueue() {
  const queued: (() => void)[] = [];
  return { schedule: (work: () => void) => void queued.push(work), queued };
}

describe("the browser's hour cycle", () => {
  it("is the server's fallback until the page is idle, then the language's, and every subscriber hears of it", () => {
    const idle = idleQueue();
    const store = browserHourCycleStore(idle.schedule);
    const heard: string[] = [];
    store.subscribe(() => heard.push("row"));
    store.subscribe(() => heard.push("chip"));
    expect(store.snapshot()).toBe(FALLBACK_HOUR_CYCLE);
    // One read, however many subscribe.
    expect(idle.queued).toHaveLength(1);

    idle.queued[0]?.();
    expect(store.snapshot()).toBe(hourCycleOfLocale());
    expect(heard).toEqual(["row", "chip"]);
  });

  it("is not read for nobody, nor again once read", () => {
    const idle = idleQueue();
    const store = browserHourCycleStore(idle.schedule);
    expect(idle.queued).toHaveLength(0);
    const unsubscribe = store.subscribe(() => {});
    unsubscribe();
    idle.queued[0]?.();
    store.subscribe(() => {});
    expect(idle.queued).toHaveLength(1);
  });
});

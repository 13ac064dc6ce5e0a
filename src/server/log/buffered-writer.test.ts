import { describe, expect, it } from "vitest";
import { createBufferedWriter } from "./buffered-writer";

function setup() {
  const chunks: string[] = [];
  const scheduled: (() => void)[] = [];
  const writer = createBufferedWriter(
    (chunk) => chunks.push(chunk),
    (flush) => scheduled.push(flush),
  );
  const runScheduled = () => {
    for (const flush of scheduled.splice(0)) flush();
  };
  return { writer, chunks, scheduled, runScheduled };
}

describe("buffered log writer", () => {
  it("writes a turn's lines together, complete and in order, on the scheduled flush", () => {
    const { writer, chunks, scheduled, runScheduled } = setup();
    writer.write('{"n":1}\n');
    writer.write('{"n":2}\n');
    writer.write('{"n":3}\n');
    expect(chunks).toEqual([]);
    expect(scheduled).toHaveLength(1);
    runScheduled();
    expect(chunks).toEqual(['{"n":1}\n{"n":2}\n{"n":3}\n']);
    writer.write('{"n":4}\n');
    runScheduled();
    expect(chunks.join("").split("\n").filter(Boolean)).toEqual(['{"n":1}', '{"n":2}', '{"n":3}', '{"n":4}']);
  });

  it("flush() writes what is queued at once (shutdown), and the scheduled flush then writes nothing twice", () => {
    const { writer, chunks, runScheduled } = setup();
    writer.write("a\n");
    writer.write("b\n");
    writer.flush();
    expect(chunks).toEqual(["a\nb\n"]);
    runScheduled();
    expect(chunks).toEqual(["a\nb\n"]);
    writer.write("c\n");
    runScheduled();
    expect(chunks).toEqual(["a\nb\n", "c\n"]);
  });

  it("by default writes a job's lines together once it is done, before later microtasks", async () => {
    const chunks: string[] = [];
    const writer = createBufferedWriter((chunk) => chunks.push(chunk));
    writer.write("x\n");
    writer.write("y\n");
    expect(chunks).toEqual([]);
    await Promise.resolve();
    expect(chunks).toEqual(["x\ny\n"]);
  });
});

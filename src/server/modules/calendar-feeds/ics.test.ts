import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarDocument, escapeText, type FeedTask, foldLine, recurrenceLine } from "./ics";

const base: FeedTask = {
  id: "7b0c9a56-1f7e-4d52-9a7e-0d4b7c1e2f30",
  title: "Call Sam",
  description: "",
  dueDate: "2026-03-27",
  dueTime: null,
  recurrenceRule: null,
  recurrenceFrom: null,
  occurrencesCompleted: 0,
  updatedAt: new Date("2026-03-01T10:20:30.456Z"),
  url: "https://tasks.example/?task=7b0c9a56-1f7e-4d52-9a7e-0d4b7c1e2f30",
};
const now = new Date("2026-03-01T12:00:00Z");
const octets = (line: string) => new TextEncoder().encode(line).length;

describe("escapeText", () => {
  it("escapes backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11)", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("drops control characters TEXT may not hold, and keeps tabs", () => {
    expect(escapeText("bell\u0007 and\ttab\u007F")).toBe("bell and\ttab");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone and folds longer ones, each piece at most 75 octets", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    const folded = foldLine(`SUMMARY:${"y".repeat(200)}`);
    const pieces = folded.split("\r\n");
    expect(pieces.length).toBe(3);
    for (const piece of pieces) expect(octets(piece)).toBeLessThanOrEqual(75);
    expect(pieces.slice(1).every((piece) => piece.startsWith(" "))).toBe(true);
    expect(pieces.map((piece, index) => (index ? piece.slice(1) : piece)).join("")).toBe(`SUMMARY:${"y".repeat(200)}`);
  });

  it("never splits a multi-byte character", () => {
    const line = `SUMMARY:${"é🎉".repeat(40)}`;
    const pieces = foldLine(line).split("\r\n");
    for (const piece of pieces) {
      expect(octets(piece)).toBeLessThanOrEqual(75);
      expect(piece).not.toContain("\uFFFD");
    }
    expect(pieces.map((piece, index) => (index ? piece.slice(1) : piece)).join("")).toBe(line);
  });
});

describe("recurrenceLine", () => {
  it("keeps a rule counted from the due date, with what is left of COUNT", () => {
    const task = { ...base, recurrenceRule: "FREQ=WEEKLY;COUNT=5;BYDAY=FR", recurrenceFrom: "due" as const };
    expect(recurrenceLine({ ...task, occurrencesCompleted: 2 }, "Europe/Paris")).toBe(
      "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=FR",
    );
  });

  it("writes UNTIL as a date beside an all-day start, as a UTC time beside a timed one", () => {
    const task = { ...base, recurrenceRule: "FREQ=DAILY;UNTIL=20260410", recurrenceFrom: "due" as const };
    expect(recurrenceLine(task, "Europe/Paris")).toBe("RRULE:FREQ=DAILY;UNTIL=20260410");
    expect(recurrenceLine({ ...task, dueTime: "09:00:00" }, "Europe/Paris")).toBe(
      "RRULE:FREQ=DAILY;UNTIL=20260410T215900Z",
    );
  });

  it("has no rule for a repeat counted from completion (its dates are not known ahead)", () => {
    expect(recurrenceLine({ ...base, recurrenceRule: "FREQ=DAILY", recurrenceFrom: "completion" }, "UTC")).toBeNull();
  });
});

describe("calendarDocument", () => {
  const tasks: FeedTask[] = [
    { ...base, title: "Pay rent, then; relax\\", description: "Line one\nLine two" },
    {
      ...base,
      id: "0e7e2c1a-52b4-4b0e-8a66-3f1b1c9d2a11",
      title: "Standup",
      dueDate: "2026-03-27",
      dueTime: "09:30:00",
      recurrenceRule: "FREQ=WEEKLY;BYDAY=FR",
      recurrenceFrom: "due",
    },
    {
      ...base,
      id: "5d1f0c1e-7a44-4b8e-9b3d-2c7a4e5f6a70",
      title: "Water plants",
      recurrenceRule: "FREQ=DAILY",
      recurrenceFrom: "completion",
    },
  ];

  it("ends every line with CRLF and folds none past 75 octets", () => {
    const text = calendarDocument({ name: "Tasklane", timeZone: "Europe/Paris", tasks, now });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it("reads back through an independent parser: all-day, timed in the zone across DST, RRULE, escaped text", () => {
    const text = calendarDocument({ name: "Tasklane", timeZone: "Europe/Paris", tasks, now });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = calendar.getFirstSubcomponent("vtimezone");
    expect(zone?.getFirstPropertyValue("tzid")).toBe("Europe/Paris");
    if (zone) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.summary)).toEqual(["Pay rent, then; relax\\", "Standup", "Water plants"]);

    const [allDay, timed, fromCompletion] = events;
    expect(allDay?.startDate.isDate).toBe(true);
    expect(allDay?.startDate.toString()).toBe("2026-03-27");
    expect(allDay?.description).toBe("Line one\nLine two");
    expect(allDay?.uid).toBe(`${base.id}@tasklane`);

    // 09:30 in Paris is 08:30 UTC before the change on 29 March 2026 and 07:30 UTC after it.
    expect(timed?.startDate.isDate).toBe(false);
    expect(timed?.startDate.toJSDate().toISOString()).toBe("2026-03-27T08:30:00.000Z");
    expect(timed?.isRecurring()).toBe(true);
    const iterator = timed?.iterator();
    const first = iterator?.next();
    const second = iterator?.next();
    expect(first?.toJSDate().toISOString()).toBe("2026-03-27T08:30:00.000Z");
    expect(second?.toJSDate().toISOString()).toBe("2026-04-03T07:30:00.000Z");

    expect(fromCompletion?.isRecurring()).toBe(false);
    expect(fromCompletion?.description).toContain("Repeats after each completion");
  });

  it("writes a UTC user's timed tasks in UTC, with no VTIMEZONE", () => {
    const text = calendarDocument({ name: "Tasklane", timeZone: "UTC", tasks, now });
    expect(text).toContain("DTSTART:20260327T093000Z\r\n");
    expect(text).not.toContain("BEGIN:VTIMEZONE");
  });
});

import { describe, expect, it } from "vitest";
import { readTodoistCsv } from "./todoist-csv";

// Wednesday 4 March 2026, 11:00 in Paris.
const NOW = new Date("2026-03-04T10:00:00Z");
const HEADER =
  "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT,DEADLINE,DEADLINE_LANG";

const read = (lines: string[], header = HEADER) =>
  readTodoistCsv(`${[header, ...lines].join("\r\n")}\r\n`, {
    fileName: "Home.csv",
    now: NOW,
    timeZone: "Europe/Paris",
  });

describe("readTodoistCsv", () => {
  it("maps sections, tasks, labels, priorities, subtasks, dates, repeats and notes", () => {
    const { project, problems } = read([
      "task,Pay rent @bills @Home,Monthly,1,1,Ada (1),,every month on the 1st,en,Europe/Paris,,,,",
      "section,Garden,,,,,,,,,,,,",
      "task,Mow the lawn @garden,,2,1,Ada (1),,tomorrow 5pm,en,,,,2026-03-20,en",
      "task,Get fuel,,4,2,Ada (1),,every monday,en,,,,,",
      "note,Only the green can,,,,Ada (1),,,,,,,,",
      ",,,,,,,,,,,,,",
      "task,Water plants,,3,1,Ada (1),,,,,,,,",
    ]);
    expect(problems).toEqual([]);
    expect(project.name).toBe("Home");
    expect(project.sections).toEqual([{ line: 3, name: "Garden" }]);
    expect(
      project.tasks.map(({ line, title, labels, priority, parent, section }) => ({
        line,
        title,
        labels,
        priority,
        parent,
        section,
      })),
    ).toEqual([
      { line: 2, title: "Pay rent", labels: ["bills", "Home"], priority: 1, parent: null, section: null },
      { line: 4, title: "Mow the lawn", labels: ["garden"], priority: 2, parent: null, section: 0 },
      { line: 5, title: "Get fuel", labels: [], priority: 4, parent: 1, section: 0 },
      { line: 8, title: "Water plants", labels: [], priority: 3, parent: null, section: 0 },
    ]);
    const [rent, mow, fuel] = project.tasks;
    expect(rent).toMatchObject({
      description: "Monthly",
      dueDate: "2026-04-01",
      recurrence: { rrule: "FREQ=MONTHLY;BYMONTHDAY=1" },
    });
    expect(mow).toMatchObject({ dueDate: "2026-03-05", dueTime: "17:00", deadline: "2026-03-20", recurrence: null });
    expect(fuel).toMatchObject({ dueDate: "2026-03-09", recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO", from: "due" } });
    expect(fuel?.comments).toEqual([{ line: 6, body: "Only the green can" }]);
  });

  it("attaches a deeper indent to the nearest top-level task and says so", () => {
    const { project, problems } = read([
      "task,Trip,,4,1,,,,,,,,,",
      "task,Pack,,4,2,,,,,,,,,",
      "task,Socks,,4,3,,,,,,,,,",
    ]);
    expect(project.tasks.map((task) => task.parent)).toEqual([null, 0, 0]);
    expect(problems).toEqual([{ line: 4, message: "line 4: indent 3 attached to “Trip” (one level of subtasks)" }]);
  });

  it("keeps what it cannot read in the description and reports each, never dropping it", () => {
    const { project, problems } = read([
      "task,Call mum,,9,1,,Grace (7),sometime soonish,en,,,,,",
      "task,Appel,,4,1,,,demain,fr,,,,,",
      "task,Focus,,4,1,,,,,,45,minute,whenever,",
    ]);
    expect(project.tasks.map((task) => task.description)).toEqual([
      "Date: sometime soonish",
      "Date: demain",
      "Deadline: whenever\n\nDuration: 45 minutes",
    ]);
    expect(project.tasks[0]).toMatchObject({ priority: 4, responsible: "Grace", dueDate: null });
    expect(problems.map((problem) => problem.message)).toEqual([
      "line 2: priority “9” is not 1–4: imported as p4",
      "line 2: date “sometime soonish” not understood; kept in the description as “Date: sometime soonish”",
      "line 3: date language “fr” is not read (only en); kept in the description as “Date: demain”",
      "line 4: deadline “whenever” not understood; kept in the description as “Deadline: whenever”",
      "line 4: tasks have no duration; kept in the description as “Duration: 45 minutes”",
    ]);
  });

  it("reads columns by name in any order and ignores unknown ones", () => {
    const { project } = read(["Buy milk @errand,task,whatever"], "CONTENT,TYPE,EXTRA");
    expect(project.tasks[0]).toMatchObject({ title: "Buy milk", labels: ["errand"], priority: 4 });
  });

  it.each([
    [["task,x"], "CONTENT,DESCRIPTION", "line 1: missing column TYPE"],
    [[], "NAME", "line 1: missing columns TYPE, CONTENT"],
    [["folder,Stuff,,,,,,,,,,,,"], HEADER, "line 2: unknown TYPE “folder”; expected task, section or note"],
  ])("refuses %j under %s with a clear message", (lines, header, message) => {
    expect(() => read(lines, header)).toThrow(message);
  });

  it("reports a note with no task before it", () => {
    expect(read(["note,Hello,,,,,,,,,,,,"]).problems).toEqual([
      { line: 2, message: "line 2: a note with no task before it was left out" },
    ]);
  });
});

import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Session } from "@/server/auth/auth";
import { comment, label, project, projectMember, section, task, taskLabel } from "@/server/db/schema";
import type { AccountExport } from "@/server/modules/account/export";
import { runImport } from "@/server/modules/import/run";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

// Wednesday 4 March 2026, in UTC.
const NOW = new Date("2026-03-04T10:00:00Z");
const HEADER = "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE";
const HOME_CSV = [
  HEADER,
  "task,Pay rent @Bills,Before the 1st,1,1,Ada (1),,every month on the 1st,en,UTC",
  "section,Garden,,,,,,,,",
  "task,Mow the lawn @garden @bills,,2,1,Ada (1),,tomorrow 5pm,en,UTC",
  "task,Get fuel,,4,2,Ada (1),,,,",
  "task,Green can,,4,3,Ada (1),,,,",
  'note,"Only the green can, not the red",,,,Ada (1),,,,',
  "task,Water plants,,3,1,Ada (1),Grace (2),someday maybe,en,UTC",
].join("\r\n");

const bytes = (text: string) => new TextEncoder().encode(text);

function importCsv(session: Session, text: string, mode: "preview" | "import", projectId: string | null = null) {
  return runImport(
    database.db,
    { id: session.user.id, timeZone: "UTC" },
    { format: "todoist-csv", mode, fileName: "Home.csv", bytes: bytes(text), projectId },
    NOW,
  );
}

async function rowsOf(userId: string) {
  const db = database.db;
  const tasks = await db
    .select({
      title: task.title,
      parentId: task.parentId,
      id: task.id,
      sectionId: task.sectionId,
      projectId: task.projectId,
      priority: task.priority,
      dueDate: task.dueDate,
      dueTime: task.dueTime,
      recurrenceRule: task.recurrenceRule,
      description: task.description,
      assigneeId: task.assigneeId,
    })
    .from(task)
    .where(eq(task.userId, userId))
    .orderBy(asc(task.position));
  const labels = await db
    .select({ name: label.name })
    .from(label)
    .where(eq(label.userId, userId))
    .orderBy(asc(label.name));
  const projects = await db
    .select({ id: project.id, name: project.name })
    .from(project)
    .where(eq(project.userId, userId));
  return { tasks, labels: labels.map((row) => row.name), projects };
}

describe("import: Todoist CSV", () => {
  it("previews counts, first rows and every problem, writing nothing", async () => {
    const ada = await createSignedInUser(database.db, { name: "Ada" });
    const answer = await importCsv(ada, HOME_CSV, "preview");
    expect(answer.counts).toEqual({ projects: 1, sections: 1, tasks: 5, comments: 1, labels: 2 });
    expect(answer.rows.map((row) => [row.line, row.title, row.section, row.parent, row.repeats])).toEqual([
      [2, "Pay rent", null, null, true],
      [4, "Mow the lawn", "Garden", null, false],
      [5, "Get fuel", "Garden", "Mow the lawn", false],
      [6, "Green can", "Garden", "Mow the lawn", false],
      [8, "Water plants", "Garden", null, false],
    ]);
    expect(answer.problems.map((problem) => problem.line)).toEqual([6, 8, 8]);
    expect(answer.problems[0]?.message).toBe("line 6: indent 3 attached to “Mow the lawn” (one level of subtasks)");
    expect(answer.problems.map((problem) => problem.message).join("\n")).toContain("“Grace” is not a member");
    expect(await rowsOf(ada.user.id)).toEqual({ tasks: [], labels: [], projects: [] });
  });

  it("imports into a new project: sections, subtasks, labels reused by name, repeats, notes as comments", async () => {
    const ada = await createSignedInUser(database.db, { name: "Ada" });
    await callerFor(database.db, ada).label.create({ name: "bills" });
    const answer = await importCsv(ada, HOME_CSV, "import");
    expect(answer.counts).toEqual({ projects: 1, sections: 1, tasks: 5, comments: 1, labels: 1 });
    expect(answer.projects).toEqual([{ id: expect.any(String), name: "Home" }]);

    const { tasks, labels, projects } = await rowsOf(ada.user.id);
    expect(projects.map((row) => row.name)).toEqual(["Home"]);
    expect(labels).toEqual(["bills", "garden"]);
    const [garden] = await database.db
      .select()
      .from(section)
      .where(eq(section.projectId, answer.projects[0]?.id ?? ""));
    expect(garden?.name).toBe("Garden");
    const byTitle = new Map(tasks.map((row) => [row.title, row]));
    expect(tasks.map((row) => row.title)).toEqual([
      "Pay rent",
      "Mow the lawn",
      "Get fuel",
      "Green can",
      "Water plants",
    ]);
    expect(byTitle.get("Pay rent")).toMatchObject({
      priority: 1,
      dueDate: "2026-04-01",
      recurrenceRule: "FREQ=MONTHLY;BYMONTHDAY=1",
      sectionId: null,
    });
    expect(byTitle.get("Mow the lawn")).toMatchObject({
      priority: 2,
      dueDate: "2026-03-05",
      dueTime: "17:00:00",
      sectionId: garden?.id,
    });
    expect(byTitle.get("Get fuel")).toMatchObject({ parentId: byTitle.get("Mow the lawn")?.id, sectionId: garden?.id });
    expect(byTitle.get("Green can")?.parentId).toBe(byTitle.get("Mow the lawn")?.id);
    expect(byTitle.get("Water plants")).toMatchObject({
      description: "Date: someday maybe",
      dueDate: null,
      assigneeId: null,
    });
    const notes = await database.db
      .select({ body: comment.body, taskId: comment.taskId, authorId: comment.authorId })
      .from(comment);
    expect(notes).toContainEqual({
      body: "Only the green can, not the red",
      taskId: byTitle.get("Green can")?.id,
      authorId: ada.user.id,
    });
    const mowLabels = await database.db
      .select({ name: label.name })
      .from(taskLabel)
      .innerJoin(label, eq(label.id, taskLabel.labelId))
      .where(eq(taskLabel.taskId, byTitle.get("Mow the lawn")?.id ?? ""))
      .orderBy(asc(label.name));
    expect(mowLabels.map((row) => row.name)).toEqual(["bills", "garden"]);
  });

  it("imports into an existing shared project: RESPONSIBLE matches a member; a viewer and a stranger are refused", async () => {
    const ada = await createSignedInUser(database.db, { name: "Ada" });
    const grace = await createSignedInUser(database.db, { name: "Grace" });
    const stranger = await createSignedInUser(database.db, { name: "Stranger" });
    const shared = await callerFor(database.db, ada).project.create({ name: "Shared" });
    await database.db
      .insert(projectMember)
      .values({ projectId: shared.id, userId: grace.user.id, role: "viewer", position: "a0" });
    const answer = await importCsv(ada, HOME_CSV, "import", shared.id);
    expect(answer.counts).toMatchObject({ projects: 0, sections: 1 });
    // Again into the same project: its "Garden" section is reused, not made twice.
    expect((await importCsv(ada, HOME_CSV, "preview", shared.id)).counts).toMatchObject({ sections: 0, tasks: 5 });
    await importCsv(ada, HOME_CSV, "import", shared.id);
    const sections = await database.db
      .select({ name: section.name })
      .from(section)
      .where(eq(section.projectId, shared.id));
    expect(sections).toEqual([{ name: "Garden" }]);
    const gardenTasks = await database.db.$count(task, and(eq(task.projectId, shared.id), isNotNull(task.sectionId)));
    expect(gardenTasks).toBe(8);
    expect(answer.problems.map((problem) => problem.message).join("\n")).not.toContain("Grace");
    const [water] = (await rowsOf(ada.user.id)).tasks.filter((row) => row.title === "Water plants");
    expect(water).toMatchObject({ projectId: shared.id, assigneeId: grace.user.id });

    const viaApi = (who: Session, mode: "preview" | "import") =>
      callerFor(database.db, who).import.run({
        format: "todoist-csv",
        mode,
        fileName: "Home.csv",
        content: HOME_CSV,
        projectId: shared.id,
      });
    expect(await codeOf(viaApi(grace, "import"))).toBe("FORBIDDEN");
    expect(await codeOf(viaApi(grace, "preview"))).toBe("FORBIDDEN");
    expect(await codeOf(viaApi(stranger, "preview"))).toBe("NOT_FOUND");
    expect((await rowsOf(stranger.user.id)).tasks).toEqual([]);
  });

  it("refuses a malformed file naming the line, and more than 20,000 rows", async () => {
    const ada = await createSignedInUser(database.db);
    await expect(importCsv(ada, `${HEADER}\ntask,"never closed\n`, "preview")).rejects.toThrow(
      "Could not import Home.csv: line 2: a quoted field is never closed.",
    );
    const rows = (n: number) => [HEADER, ...Array.from({ length: n }, (_, i) => `task,Task ${i},,,1`)].join("\n");
    const full = await importCsv(ada, rows(20_000), "preview");
    expect(full.counts.tasks).toBe(20_000);
    expect(full.rows).toHaveLength(20);
    await expect(importCsv(ada, rows(20_001), "preview")).rejects.toThrow(
      "line 20002: the file has more than 20,000 rows",
    );
  });

  it("writes all or nothing: a failure after the first batches leaves no trace", async () => {
    const ada = await createSignedInUser(database.db);
    await database.db.execute(sql`
      create or replace function refuse_boom() returns trigger language plpgsql as $$
      begin if new.title = 'Boom' then raise exception 'boom'; end if; return new; end $$`);
    await database.db.execute(
      sql`create trigger refuse_boom before insert on task for each row execute function refuse_boom()`,
    );
    try {
      const lines = Array.from({ length: 1_200 }, (_, i) => `task,${i === 1_100 ? "Boom" : `Task ${i}`} @bulk,,,1`);
      const text = [HEADER, "section,First,,,,", ...lines, "note,a note,,,,"].join("\n");
      // Drizzle wraps the database's error: the trigger's refusal is its cause.
      await expect(importCsv(ada, text, "import")).rejects.toMatchObject({ cause: { message: "boom" } });
    } finally {
      await database.db.execute(sql`drop trigger refuse_boom on task`);
    }
    expect(await rowsOf(ada.user.id)).toEqual({ tasks: [], labels: [], projects: [] });
    expect(await database.db.$count(projectMember, eq(projectMember.userId, ada.user.id))).toBe(0);
  });
});

describe("import: Todoist backup", () => {
  it("makes one project per CSV of the zip", async () => {
    const ada = await createSignedInUser(database.db);
    const zip = zipSync({ "Home.csv": strToU8(HOME_CSV), "Work.csv": strToU8(`${HEADER}\ntask,Ship it @bills,,1,1`) });
    const answer = await runImport(
      database.db,
      { id: ada.user.id, timeZone: "UTC" },
      { format: "todoist-backup", mode: "import", fileName: "backup.zip", bytes: zip, projectId: null },
      NOW,
    );
    expect(answer.counts).toEqual({ projects: 2, sections: 1, tasks: 6, comments: 1, labels: 2 });
    expect(answer.projects.map((row) => row.name)).toEqual(["Home", "Work"]);
    const inWork = await database.db
      .select({ title: task.title })
      .from(task)
      .where(and(eq(task.userId, ada.user.id), eq(task.projectId, answer.projects[1]?.id ?? "")));
    expect(inWork).toEqual([{ title: "Ship it" }]);
  });
});

/** An export as a comparison: no ids or times, references by name, tasks in their list order. */
function comparable(data: AccountExport) {
  const projectName = new Map(data.projects.map((row) => [row.id, row.name]));
  const labelName = new Map(data.labels.map((row) => [row.id, row.name]));
  const taskTitle = new Map(data.tasks.map((row) => [row.id, row.title]));
  const sectionName = new Map(data.sections.map((row) => [row.id, row.name]));
  const listOrder = (row: AccountExport["tasks"][number]) =>
    `${row.projectId ? projectName.get(row.projectId) : "Inbox"}`;
  return {
    projects: data.projects.map((row) => ({
      name: row.name,
      color: row.color,
      role: row.role,
      archived: row.archivedAt !== null,
    })),
    labels: data.labels.map((row) => ({ name: row.name, color: row.color })),
    sections: [...data.sections]
      .sort((a, b) => (a.position < b.position ? -1 : 1))
      .map((row) => ({ project: projectName.get(row.projectId), name: row.name })),
    tasks: [...data.tasks]
      .sort((a, b) => listOrder(a).localeCompare(listOrder(b)) || (a.position < b.position ? -1 : 1))
      .map((row) => ({
        list: listOrder(row),
        section: row.sectionId ? sectionName.get(row.sectionId) : null,
        parent: row.parentId ? taskTitle.get(row.parentId) : null,
        title: row.title,
        description: row.description,
        priority: row.priority,
        dueDate: row.dueDate,
        dueTime: row.dueTime,
        deadline: row.deadline,
        recurrence: row.recurrence,
        completed: row.completedAt !== null,
        deleted: row.deleted,
        labels: row.labelIds.map((id) => labelName.get(id)).sort(),
      })),
    comments: data.comments.map((row) => ({ task: taskTitle.get(row.taskId), body: row.body })),
  };
}

describe("import: Tasklane export (restore)", () => {
  it("round trip: export → restore into a fresh account → export is identical apart from ids and times; twice adds nothing", async () => {
    const ada = await createSignedInUser(database.db);
    const api = callerFor(database.db, ada);
    const home = await api.project.create({ name: "Home", color: "green" });
    await api.project
      .create({ name: "Old", color: "red" })
      .then((old) => api.project.update({ id: old.id, archived: true }));
    const bills = await api.label.create({ name: "Bills", color: "blue" });
    const urgent = await api.label.create({ name: "urgent" });
    const rent = await api.task.create({
      title: "Pay rent",
      projectId: home.id,
      priority: 1,
      dueDate: "2026-04-01",
      dueTime: "09:00",
      recurrence: { rrule: "FREQ=MONTHLY;BYMONTHDAY=1", from: "due" },
      deadline: "2026-04-03",
      labelIds: [bills.id, urgent.id],
      description: "The **landlord**",
    });
    await api.task.create({ title: "Find the receipt", parentId: rent.id });
    // May's rent moved on its own (the calendar's "this one"): an exception date in the series, and a task.
    await api.task.moveOccurrence({
      id: rent.id,
      updatedAt: rent.updatedAt,
      occurrence: "2026-05-01",
      dueDate: "2026-05-04",
    });
    const done = await api.task.create({ title: "Done already" });
    await api.task.setCompleted({ id: done.id, completed: true });
    const binned = await api.task.create({ title: "Binned", projectId: home.id });
    await api.task.delete({ id: binned.id });
    await api.task.create({ title: "Inbox first" });
    await api.comment.create({ taskId: rent.id, body: "Paid by transfer" });
    // Sections (section.* is another part of issue 19): written directly, the second one first in order.
    await database.db.insert(section).values([
      { projectId: home.id, name: "Money", position: "a1" },
      { projectId: home.id, name: "Chores", position: "a0" },
    ]);
    const [money] = await database.db.select().from(section).where(eq(section.name, "Money"));
    await database.db.update(task).set({ sectionId: money?.id }).where(eq(task.id, rent.id));
    const original = await api.account.export();
    expect(original.sections).toHaveLength(2);

    const grace = await createSignedInUser(database.db);
    const graceApi = callerFor(database.db, grace);
    const content = JSON.stringify(original);
    const preview = await graceApi.import.run({
      format: "tasklane-json",
      mode: "preview",
      fileName: "export.json",
      content,
    });
    expect(preview.counts).toEqual({ projects: 2, sections: 2, tasks: 6, comments: 1, labels: 2 });
    expect(await database.db.$count(task, eq(task.userId, grace.user.id))).toBe(0);

    const first = await graceApi.import.run({
      format: "tasklane-json",
      mode: "import",
      fileName: "export.json",
      content,
    });
    expect(first.counts).toEqual(preview.counts);
    expect(first.problems).toEqual([]);
    const restored = await graceApi.account.export();
    expect(comparable(restored)).toEqual(comparable(original));
    expect(restored.tasks.map((row) => row.id)).not.toContain(rent.id);

    const again = await graceApi.import.run({
      format: "tasklane-json",
      mode: "import",
      fileName: "export.json",
      content,
    });
    expect(again.counts).toEqual({ projects: 0, sections: 0, tasks: 0, comments: 0, labels: 0 });
    expect(comparable(await graceApi.account.export())).toEqual(comparable(original));
  });

  it("refuses what is not an export, naming the line of a JSON syntax error", async () => {
    const ada = await createSignedInUser(database.db);
    const api = callerFor(database.db, ada);
    const run = (content: string) =>
      api.import.run({ format: "tasklane-json", mode: "preview", fileName: "x.json", content });
    await expect(run('{\n  "format": "tasklane-export",\n  oops\n}')).rejects.toThrow(
      /line 3: the file cannot be read as JSON/,
    );
    await expect(run('{"format":"other"}')).rejects.toThrow(/not a Tasklane export \(account.export's JSON\): format/);
    expect(await codeOf(run("[]"))).toBe("BAD_REQUEST");
  });
});

import { eq, max } from "drizzle-orm";
import { generateNKeysBetween } from "fractional-indexing";
import { beforeEach, describe, expect, it } from "vitest";
import { views } from "@/app/(app)/_components/tasks/task-list-input";
import { COUNT_CAP } from "@/lib/limits";
import type { Session } from "@/server/auth/auth";
import { notification, task, taskLabel } from "@/server/db/schema";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

let session: Session;
let api: ReturnType<typeof callerFor>;

beforeEach(async () => {
  session = await createSignedInUser(database.db);
  api = callerFor(database.db, session);
});

/** Inserts `count` open top-level tasks at the end of a list (creating them one by one would be slow). */
async function insertTasks(count: number, projectId: string | null = null) {
  // After every key of the user's, as the app's own keys are (see tasks/positions.ts).
  const [last] = await database.db
    .select({ position: max(task.position) })
    .from(task)
    .where(eq(task.userId, session.user.id));
  const positions = generateNKeysBetween(last?.position ?? null, null, count);
  const rows = positions.map((position, index) => ({
    userId: session.user.id,
    projectId,
    position,
    title: `Task ${index + 1}`,
  }));
  return database.db.insert(task).values(rows).returning({ id: task.id });
}

async function sidebarCounts(projectId: string, labelId: string) {
  const [inbox, projects, labels] = await Promise.all([api.project.inboxCount(), api.project.list(), api.label.list()]);
  return {
    inbox,
    project: projects.find((item) => item.id === projectId)?.openTaskCount,
    label: labels.find((item) => item.id === labelId)?.openTaskCount,
  };
}

describe("the shell's counts stop at their cap (issue #20)", () => {
  it("equal what each view lists below the cap, and stop at COUNT_CAP above it", async () => {
    const work = await api.project.create({ name: "Work" });
    const errand = await api.label.create({ name: "errand" });
    const below = COUNT_CAP - 1;
    const inboxTasks = await insertTasks(below);
    await insertTasks(below, work.id);
    await database.db
      .insert(taskLabel)
      .values(inboxTasks.map(({ id }) => ({ taskId: id, labelId: errand.id, userId: session.user.id })));
    // Neither a completed task nor a subtask counts: the views do not list them as rows.
    const [first] = inboxTasks;
    if (!first) throw new Error("no task inserted");
    await api.task.create({ title: "Step", parentId: first.id });
    await api.task.setCompleted({ id: (await api.task.create({ title: "Done" })).id, completed: true });

    const inboxRows = (await api.task.list({ ...views.inbox(false), limit: 100 })).items.length;
    const workRows = (await api.task.list({ ...views.project(work.id, false), limit: 100 })).items.length;
    expect([inboxRows, workRows]).toEqual([below, below]);
    expect(await sidebarCounts(work.id, errand.id)).toEqual({ inbox: below, project: below, label: below });

    const more = await insertTasks(60);
    await insertTasks(60, work.id);
    await database.db
      .insert(taskLabel)
      .values(more.map(({ id }) => ({ taskId: id, labelId: errand.id, userId: session.user.id })));
    expect(await sidebarCounts(work.id, errand.id)).toEqual({
      inbox: COUNT_CAP,
      project: COUNT_CAP,
      label: COUNT_CAP,
    });
  });

  it("the bell's unread count is exact below the cap and stops at COUNT_CAP above it, read ones aside", async () => {
    const notify = (count: number, readAt: Date | null) =>
      database.db.insert(notification).values(
        Array.from({ length: count }, (_, index) => ({
          userId: session.user.id,
          kind: "assigned" as const,
          subject: `Task ${index + 1}`,
          readAt,
        })),
      );
    const unread = async () => {
      const [sidebar, inbox] = await Promise.all([api.sidebar.get(), api.notification.list()]);
      return { sidebar: sidebar.unreadNotifications, inbox: inbox.unread };
    };
    const below = COUNT_CAP - 1;
    await notify(below, null);
    await notify(150, new Date());
    expect(await unread()).toEqual({ sidebar: below, inbox: below });

    await notify(60, null);
    expect(await unread()).toEqual({ sidebar: COUNT_CAP, inbox: COUNT_CAP });
  });
});

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { project, section, task } from "@/server/db/schema";
import { insertTasks } from "~tests/factories/tasks";
import { createUser } from "~tests/factories/users";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

/** The keys that keep a task's section one of its own project's, whatever code writes the row. */
describe(`section keys (${database.mode})`, () => {
  async function projectWithSection(userId: string, name: string) {
    const [list] = await database.db.insert(project).values({ userId, name }).returning();
    if (!list) throw new Error("no project");
    const [group] = await database.db
      .insert(section)
      .values({ projectId: list.id, name: "Later", position: "a0" })
      .returning();
    if (!group) throw new Error("no section");
    return { list, group };
  }

  it("refuses a section of another project, and a section in the Inbox", async () => {
    const owner = await createUser(database.db);
    const home = await projectWithSection(owner.id, "Home");
    const work = await projectWithSection(owner.id, "Work");

    await expect(
      insertTasks(database.db, owner.id, 1, () => ({ projectId: work.list.id, sectionId: home.group.id })),
    ).rejects.toThrow();
    await expect(insertTasks(database.db, owner.id, 1, () => ({ sectionId: home.group.id }))).rejects.toThrow();
    const [placed] = await insertTasks(database.db, owner.id, 1, () => ({
      projectId: home.list.id,
      sectionId: home.group.id,
    }));
    expect(placed?.sectionId).toBe(home.group.id);
  });

  it("keeps the task in its project when its section is deleted", async () => {
    const owner = await createUser(database.db);
    const home = await projectWithSection(owner.id, "Home");
    const [placed] = await insertTasks(database.db, owner.id, 1, () => ({
      projectId: home.list.id,
      sectionId: home.group.id,
    }));
    if (!placed) throw new Error("no task");

    await database.db.delete(section).where(eq(section.id, home.group.id));

    const [after] = await database.db.select().from(task).where(eq(task.id, placed.id));
    expect(after).toMatchObject({ projectId: home.list.id, sectionId: null });
  });
});

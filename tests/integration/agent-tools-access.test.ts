import { asc } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { agentTools, type ToolContext } from "@/server/agent-tools";
import { toolContext } from "@/server/agent-tools/define";
import { runAgentTool } from "@/server/ai/tools";
import type { Session } from "@/server/auth/auth";
import { identityFromSession } from "@/server/auth/identity";
import { label, project, task, taskActivity, taskLabel } from "@/server/db/schema";
import { createInnerContext } from "@/server/trpc/init";
import { createSignedInUser } from "~tests/factories/users";
import { SPECIFIED_TOOLS } from "~tests/setup/specified-tools";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

/** The owner's rows a stranger names, and the stranger's own task. */
interface World {
  theirTask: string;
  theirProject: string;
  theirLabel: string;
  ownTask: string;
}

const contextOf = (session: Session): ToolContext =>
  toolContext(createInnerContext({ db: database.db, identity: identityFromSession(session) }));
const callerOf = (session: Session) => contextOf(session).api;

/**
 * Every agent tool that names a row, called by a stranger with the owner's ids: "not found", and
 * nothing written. A tool added to the list without a case here fails the first test.
 */
const CASES: Record<string, (w: World) => Record<string, unknown>> = {
  complete_task: (w) => ({ task_id: w.theirTask }),
  delete_task: (w) => ({ task_id: w.theirTask }),
  update_task: (w) => ({ task_id: w.theirTask, title: "pwned" }),
  "update_task (project_id: theirs)": (w) => ({ task_id: w.ownTask, project_id: w.theirProject }),
  "update_task (label_ids: theirs)": (w) => ({ task_id: w.ownTask, label_ids: [w.theirLabel] }),
  "add_task (project_id: theirs)": (w) => ({ title: "x", project_id: w.theirProject }),
  "add_task (label_ids: theirs)": (w) => ({ title: "x", label_ids: [w.theirLabel] }),
  "add_task (parent_id: theirs)": (w) => ({ title: "x", parent_id: w.theirTask }),
  "list_tasks (project_id: theirs)": (w) => ({ project_id: w.theirProject }),
  "list_tasks (label_ids: theirs)": (w) => ({ label_ids: [w.theirLabel] }),
  "search_tasks (project_id: theirs)": (w) => ({ query: "private", project_id: w.theirProject }),
};

/** Tools that name no row of another user's: they act on and answer with the caller's own rows only. */
const OWN_ONLY: Record<
  string,
  { input: (w: World) => Record<string, unknown>; check(output: unknown, w: World): void }
> = {
  add_task: {
    input: () => ({ title: "stranger's new task" }),
    check: (output) => expect(output).toMatchObject({ status: "created", title: "stranger's new task" }),
  },
  "add_task (quick add)": {
    // "#Secret plans" is the owner's project: for the stranger it is just words of the title.
    input: () => ({ text: "Plan the party p1 @secret" }),
    check: (output) => expect(output).toMatchObject({ status: "created", title: "Plan the party" }),
  },
  list_tasks: {
    input: () => ({ status: "all" }),
    check: (output, w) =>
      expect(output).toEqual({ tasks: [expect.objectContaining({ id: w.ownTask })], next_cursor: null }),
  },
  list_projects: {
    input: () => ({}),
    check: (output) => expect(output).toEqual({ projects: [] }),
  },
  list_labels: {
    input: () => ({}),
    check: (output) => expect(output).toEqual({ labels: [] }),
  },
  filter_tasks: {
    // The owner's project and label names resolve among the stranger's own (none): only their task is found.
    input: () => ({ query: "#Secret plans | @secret | search: private" }),
    check: (output, w) =>
      expect(output).toEqual({ valid: true, tasks: [expect.objectContaining({ id: w.ownTask })], next_cursor: null }),
  },
  save_filter: {
    input: () => ({ name: "secret", query: "@secret" }),
    check: (output) => expect(output).toMatchObject({ valid: true, filter: { name: "secret", query: "@secret" } }),
  },
  search_tasks: {
    // Both users have a task titled "private"; only the stranger's is found.
    input: () => ({ query: "private" }),
    check: (output, w) =>
      expect(output).toEqual({ tasks: [expect.objectContaining({ id: w.ownTask })], next_cursor: null }),
  },
};

async function createWorld() {
  const owner = await createSignedInUser(database.db);
  const stranger = await createSignedInUser(database.db);
  const ownerApi = callerOf(owner);
  const theirProject = await ownerApi.project.create({ name: "Secret plans" });
  const theirLabel = await ownerApi.label.create({ name: "secret" });
  const theirTask = await ownerApi.task.create({
    title: "private",
    projectId: theirProject.id,
    labelIds: [theirLabel.id],
  });
  const ownTask = await callerOf(stranger).task.create({ title: "private too" });
  const world: World = {
    theirTask: theirTask.id,
    theirProject: theirProject.id,
    theirLabel: theirLabel.id,
    ownTask: ownTask.id,
  };
  return { world, stranger, owner: owner.user.id };
}

async function ownerSnapshot() {
  const db = database.db;
  return {
    tasks: await db.select().from(task).orderBy(asc(task.id)),
    projects: await db.select().from(project).orderBy(asc(project.id)),
    labels: await db.select().from(label).orderBy(asc(label.id)),
    taskLabels: await db.select().from(taskLabel).orderBy(asc(taskLabel.taskId), asc(taskLabel.labelId)),
    activity: await db.select().from(taskActivity).orderBy(asc(taskActivity.id)),
  };
}

const toolNamed = (name: string) => {
  const found = agentTools.find((tool) => tool.name === name.split(" ")[0]);
  if (!found) throw new Error(`no tool ${name}`);
  return found;
};

describe("agent tools: access control", () => {
  it("covers every tool", () => {
    const covered = new Set([...Object.keys(CASES), ...Object.keys(OWN_ONLY)].map((name) => name.split(" ")[0]));
    expect(agentTools.map((tool) => tool.name).filter((name) => !covered.has(name))).toEqual([]);
    expect(agentTools.map((tool) => tool.name).sort()).toEqual(SPECIFIED_TOOLS);
  });

  it("asks the user before deleting or rewriting; reads need only the read scope", () => {
    expect(agentTools.filter((tool) => tool.confirm).map((tool) => tool.name)).toEqual(["update_task", "delete_task"]);
    expect(agentTools.filter((tool) => tool.changesExistingTask).map((tool) => tool.name)).toEqual([
      "complete_task",
      "update_task",
      "delete_task",
    ]);
    for (const tool of agentTools) {
      if (tool.confirm) expect(tool.annotations.destructiveHint).toBe(true);
      if (tool.changesExistingTask) expect(tool.scope).toBe("tasks:write");
      expect(tool.scope).toBe(tool.annotations.readOnlyHint ? "tasks:read" : "tasks:write");
    }
  });

  it.each(Object.entries(CASES))("%s: another user's id is not found and nothing is written", async (name, input) => {
    const { world, stranger } = await createWorld();
    const before = await ownerSnapshot();

    await expect(runAgentTool(toolNamed(name), contextOf(stranger), input(world))).rejects.toThrow(/not found/i);

    expect(await ownerSnapshot()).toEqual(before);
  });

  it.each(Object.entries(OWN_ONLY))(
    "%s: only the caller's own rows, in the announced shape",
    async (name, { input, check }) => {
      const { world, stranger, owner } = await createWorld();
      const before = await ownerSnapshot();

      const tool = toolNamed(name);
      const output = await runAgentTool(tool, contextOf(stranger), input(world));
      // The answer is what the tool's output schema announces.
      expect(z.safeParse(tool.output, output).success).toBe(true);
      check(output, world);

      const after = await ownerSnapshot();
      const owners = (rows: { userId: string }[]) => rows.filter((row) => row.userId === owner);
      expect(owners(after.tasks)).toEqual(owners(before.tasks));
      expect(owners(after.projects)).toEqual(owners(before.projects));
      expect(owners(after.labels)).toEqual(owners(before.labels));
    },
  );

  it("refuses input that does not match the tool's schema, without running it", async () => {
    const { stranger } = await createWorld();
    await expect(runAgentTool(toolNamed("delete_task"), contextOf(stranger), { task_id: "nope" })).rejects.toThrow(
      /Invalid input/,
    );
    await expect(
      runAgentTool(toolNamed("add_task"), contextOf(stranger), { title: "x", user_id: "someone" }),
    ).rejects.toThrow(/Invalid input/);
  });
});

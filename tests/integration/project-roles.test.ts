import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ProjectRole } from "@/lib/project-roles";
import type { Session } from "@/server/auth/auth";
import { project, projectInvitation, projectMember, projectShareLink, section, task } from "@/server/db/schema";
import { feedDocument, feedState } from "@/server/modules/calendar-feeds/feed";
import { appRouter } from "@/server/trpc/root";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

beforeAll(() => {
  // sendEmail prints each invitation it writes to the outbox, with its link, outside production.
  vi.spyOn(console, "info").mockImplementation(() => {});
});

type Actor = ProjectRole | "nonMember" | "signedOut";
const actors: readonly Actor[] = ["owner", "editor", "viewer", "nonMember", "signedOut"];
type Caller = ReturnType<typeof callerFor>;

/** A project with one member of each role, and someone who is not in it. */
interface World {
  projectId: string;
  sessions: Record<Exclude<Actor, "signedOut">, Session>;
  /** A pending invitation into the project, and its live share link. */
  invitationId: string;
  /** Two sections of the project, the first holding a task. */
  sectionId: string;
  otherSectionId: string;
}

async function shareProject(): Promise<World> {
  const db = database.db;
  const [owner, editor, viewer, nonMember] = await Promise.all(
    ["Olive", "Eddie", "Vera", "Nina"].map((name) => createSignedInUser(db, { name })),
  );
  if (!owner || !editor || !viewer || !nonMember) throw new Error("users not created");
  const created = await callerFor(db, owner).project.create({ name: "Shared" });
  // Membership written as invitations store it (their own tests cover that path).
  await db.insert(projectMember).values([
    { projectId: created.id, userId: editor.user.id, role: "editor", position: "a0" },
    { projectId: created.id, userId: viewer.user.id, role: "viewer", position: "a0" },
  ]);
  const ownerApi = callerFor(db, owner);
  const invitation = await ownerApi.project.invite({
    projectId: created.id,
    email: "guest@example.test",
    role: "viewer",
  });
  await ownerApi.project.createShareLink({ projectId: created.id, role: "viewer" });
  const first = await ownerApi.section.create({ projectId: created.id, name: "To do" });
  const second = await ownerApi.section.create({ projectId: created.id, name: "Doing" });
  await ownerApi.task.create({ title: "In a section", projectId: created.id, sectionId: first.id });
  return {
    projectId: created.id,
    sessions: { owner, editor, viewer, nonMember },
    invitationId: invitation.id,
    sectionId: first.id,
    otherSectionId: second.id,
  };
}

const callerAs = (world: World, actor: Actor): Caller =>
  callerFor(database.db, actor === "signedOut" ? null : world.sessions[actor]);

/**
 * Each project procedure, called on the shared project by each actor, with the outcome expected of
 * each: written once here, checked on every driver the integration suite runs on.
 */
const ownerOnly: Record<Actor, string> = {
  owner: "OK",
  editor: "FORBIDDEN",
  viewer: "FORBIDDEN",
  nonMember: "NOT_FOUND",
  signedOut: "UNAUTHORIZED",
};

/** Sections are how a project's tasks are arranged: whoever may edit its tasks may change them. */
const taskEditors: Record<Actor, string> = {
  owner: "OK",
  editor: "OK",
  viewer: "FORBIDDEN",
  nonMember: "NOT_FOUND",
  signedOut: "UNAUTHORIZED",
};

const MATRIX: Record<string, { call: (api: Caller, w: World) => Promise<unknown>; expect: Record<Actor, string> }> = {
  "project.byId": {
    call: (api, w) => api.project.byId({ id: w.projectId }),
    expect: { owner: "OK", editor: "OK", viewer: "OK", nonMember: "NOT_FOUND", signedOut: "UNAUTHORIZED" },
  },
  "project.update (rename)": {
    call: (api, w) => api.project.update({ id: w.projectId, name: "Renamed" }),
    expect: {
      owner: "OK",
      editor: "FORBIDDEN",
      viewer: "FORBIDDEN",
      nonMember: "NOT_FOUND",
      signedOut: "UNAUTHORIZED",
    },
  },
  "project.update (archive)": {
    call: (api, w) => api.project.update({ id: w.projectId, archived: true }),
    expect: {
      owner: "OK",
      editor: "FORBIDDEN",
      viewer: "FORBIDDEN",
      nonMember: "NOT_FOUND",
      signedOut: "UNAUTHORIZED",
    },
  },
  "project.reorder (own sidebar)": {
    call: (api, w) => api.project.reorder({ id: w.projectId, afterId: null }),
    expect: { owner: "OK", editor: "OK", viewer: "OK", nonMember: "NOT_FOUND", signedOut: "UNAUTHORIZED" },
  },
  "project.delete": {
    call: (api, w) => api.project.delete({ id: w.projectId, tasks: "delete" }),
    expect: {
      owner: "OK",
      editor: "FORBIDDEN",
      viewer: "FORBIDDEN",
      nonMember: "NOT_FOUND",
      signedOut: "UNAUTHORIZED",
    },
  },
  "import.run (a Todoist CSV into the project)": {
    call: (api, w) =>
      api.import.run({
        format: "todoist-csv",
        mode: "import",
        fileName: "Tasks.csv",
        content: "TYPE,CONTENT\nsection,Imported\ntask,Imported task @imported\n",
        projectId: w.projectId,
      }),
    expect: { owner: "OK", editor: "OK", viewer: "FORBIDDEN", nonMember: "NOT_FOUND", signedOut: "UNAUTHORIZED" },
  },
  "project.members": {
    call: (api, w) => api.project.members({ projectId: w.projectId }),
    expect: { owner: "OK", editor: "OK", viewer: "OK", nonMember: "NOT_FOUND", signedOut: "UNAUTHORIZED" },
  },
  "project.invite": {
    call: (api, w) => api.project.invite({ projectId: w.projectId, email: "new@example.test", role: "editor" }),
    expect: ownerOnly,
  },
  "project.invite (as owner)": {
    call: (api, w) => api.project.invite({ projectId: w.projectId, email: "new@example.test", role: "owner" }),
    expect: ownerOnly,
  },
  "project.invitations": {
    call: (api, w) => api.project.invitations({ projectId: w.projectId }),
    expect: ownerOnly,
  },
  "project.revokeInvitation": {
    call: (api, w) => api.project.revokeInvitation({ id: w.invitationId }),
    expect: ownerOnly,
  },
  "project.setRole": {
    call: (api, w) =>
      api.project.setRole({ projectId: w.projectId, userId: w.sessions.viewer.user.id, role: "editor" }),
    expect: ownerOnly,
  },
  "project.removeMember": {
    call: (api, w) => api.project.removeMember({ projectId: w.projectId, userId: w.sessions.viewer.user.id }),
    expect: ownerOnly,
  },
  "project.leave": {
    // The only owner cannot leave: the project would have none.
    call: (api, w) => api.project.leave({ projectId: w.projectId }),
    expect: { owner: "FORBIDDEN", editor: "OK", viewer: "OK", nonMember: "NOT_FOUND", signedOut: "UNAUTHORIZED" },
  },
  "project.shareLink": {
    call: (api, w) => api.project.shareLink({ projectId: w.projectId }),
    expect: ownerOnly,
  },
  "project.createShareLink": {
    call: (api, w) => api.project.createShareLink({ projectId: w.projectId, role: "editor" }),
    expect: ownerOnly,
  },
  "project.disableShareLink": {
    call: (api, w) => api.project.disableShareLink({ projectId: w.projectId }),
    expect: ownerOnly,
  },
  "section.list": {
    call: (api, w) => api.section.list({ projectId: w.projectId }),
    expect: { owner: "OK", editor: "OK", viewer: "OK", nonMember: "NOT_FOUND", signedOut: "UNAUTHORIZED" },
  },
  "section.create": {
    call: (api, w) => api.section.create({ projectId: w.projectId, name: "Later" }),
    expect: taskEditors,
  },
  "section.create (after another)": {
    call: (api, w) => api.section.create({ projectId: w.projectId, name: "Later", afterId: w.sectionId }),
    expect: taskEditors,
  },
  "section.update": {
    call: (api, w) => api.section.update({ id: w.sectionId, name: "Renamed" }),
    expect: taskEditors,
  },
  "section.reorder": {
    call: (api, w) => api.section.reorder({ id: w.sectionId, afterId: w.otherSectionId }),
    expect: taskEditors,
  },
  "section.delete (move)": {
    call: (api, w) => api.section.delete({ id: w.sectionId, tasks: "move" }),
    expect: taskEditors,
  },
  "section.delete (delete)": {
    call: (api, w) => api.section.delete({ id: w.sectionId, tasks: "delete" }),
    expect: taskEditors,
  },
  "section.setCollapsed (own view)": {
    call: (api, w) => api.section.setCollapsed({ id: w.sectionId, collapsed: true }),
    expect: { owner: "OK", editor: "OK", viewer: "OK", nonMember: "NOT_FOUND", signedOut: "UNAUTHORIZED" },
  },
  "project.setLayout (own view)": {
    call: (api, w) => api.project.setLayout({ projectId: w.projectId, layout: "board" }),
    expect: { owner: "OK", editor: "OK", viewer: "OK", nonMember: "NOT_FOUND", signedOut: "UNAUTHORIZED" },
  },
  "task.create (in a section)": {
    call: (api, w) => api.task.create({ title: "New", projectId: w.projectId, sectionId: w.otherSectionId }),
    expect: taskEditors,
  },
  "calendarFeed.create (of the project)": {
    // Any member may follow a project they can see in their calendar; the feed is theirs alone.
    call: (api, w) => api.calendarFeed.create({ projectId: w.projectId }),
    expect: { owner: "OK", editor: "OK", viewer: "OK", nonMember: "NOT_FOUND", signedOut: "UNAUTHORIZED" },
  },
};

/** What a refused call must leave as it was: the project, its memberships, invitations and share link. */
async function snapshot(projectId: string) {
  const db = database.db;
  return {
    project: await db.select().from(project).where(eq(project.id, projectId)),
    members: await db.select().from(projectMember).where(eq(projectMember.projectId, projectId)),
    invitations: await db.select().from(projectInvitation).where(eq(projectInvitation.projectId, projectId)),
    shareLinks: await db.select().from(projectShareLink).where(eq(projectShareLink.projectId, projectId)),
    sections: await db.select().from(section).where(eq(section.projectId, projectId)),
    tasks: await db.select().from(task).where(eq(task.projectId, projectId)),
  };
}

describe("project procedures by role", () => {
  it("covers every section procedure", () => {
    const covered = new Set(Object.keys(MATRIX).map((name) => name.split(" ")[0]));
    const sectionProcedures = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith("section."));
    expect(sectionProcedures.length).toBeGreaterThanOrEqual(5);
    expect(sectionProcedures.filter((path) => !covered.has(path))).toEqual([]);
  });

  let world: World;
  beforeEach(async () => {
    world = await shareProject();
    // Each has a project of their own too, so that a check reading the wrong membership would show.
    await Promise.all(
      (["editor", "viewer", "nonMember"] as const).map((actor) =>
        callerAs(world, actor).project.create({ name: "Own" }),
      ),
    );
  });

  for (const [name, cell] of Object.entries(MATRIX)) {
    it.each(actors)(`${name} as %s`, async (actor) => {
      const before = await snapshot(world.projectId);
      const code = await codeOf(cell.call(callerAs(world, actor), world));
      expect(code).toBe(cell.expect[actor]);
      if (code !== "OK") expect(await snapshot(world.projectId)).toEqual(before);
    });
  }
});

describe("a shared project", () => {
  it("is listed for each member with their own role, and for nobody else", async () => {
    const world = await shareProject();
    for (const role of ["owner", "editor", "viewer"] as const) {
      const listed = await callerAs(world, role).project.list();
      expect(listed.map((item) => ({ id: item.id, role: item.role }))).toContainEqual({ id: world.projectId, role });
    }
    expect((await callerAs(world, "nonMember").project.list()).map((item) => item.id)).not.toContain(world.projectId);
  });

  it("is in each member's sidebar read with their role and its open tasks, and in nobody else's", async () => {
    const world = await shareProject();
    for (const role of ["owner", "editor", "viewer"] as const) {
      const { projects } = await callerAs(world, role).sidebar.get();
      expect(projects.find((item) => item.id === world.projectId)).toMatchObject({ role, openTaskCount: 1 });
    }
    const { projects } = await callerAs(world, "nonMember").sidebar.get();
    expect(projects.map((item) => item.id)).not.toContain(world.projectId);
  });

  it("keeps each member's sidebar order their own", async () => {
    const world = await shareProject();
    const owner = callerAs(world, "owner");
    const editor = callerAs(world, "editor");
    const ownerOther = await owner.project.create({ name: "Owner's own" });
    const editorOther = await editor.project.create({ name: "Editor's own" });

    await editor.project.reorder({ id: editorOther.id, afterId: null });
    expect((await editor.project.list()).map((item) => item.id)).toEqual([editorOther.id, world.projectId]);
    expect((await owner.project.list()).map((item) => item.id)).toEqual([world.projectId, ownerOther.id]);
  });

  it("is found by a filter naming it for every member, whatever their role, and for nobody else (#19)", async () => {
    const world = await shareProject();
    await callerAs(world, "owner").task.create({ title: "Shared plan", projectId: world.projectId, priority: 1 });
    for (const role of ["owner", "editor", "viewer"] as const) {
      const page = await callerAs(world, role).task.list({ filter: "#shared & p1" });
      expect(
        page.items.map((item) => item.title),
        role,
      ).toEqual(["Shared plan"]);
    }
    expect((await callerAs(world, "nonMember").task.list({ filter: "#Shared | p1" })).items).toEqual([]);
    expect(await codeOf(callerAs(world, "signedOut").task.list({ filter: "#Shared" }))).toBe("UNAUTHORIZED");
  });

  it("is gone for every member once its owner deletes it", async () => {
    const world = await shareProject();
    await callerAs(world, "owner").project.delete({ id: world.projectId, tasks: "delete" });
    expect(await codeOf(callerAs(world, "editor").project.byId({ id: world.projectId }))).toBe("NOT_FOUND");
    const left = await database.db
      .select()
      .from(projectMember)
      .where(and(eq(projectMember.projectId, world.projectId)));
    expect(left).toEqual([]);
  });

  it("is in a member's calendar feeds while they are a member, and leaves them when they leave", async () => {
    const world = await shareProject();
    const viewer = callerAs(world, "viewer");
    await callerAs(world, "owner").task.create({
      title: "Shared deadline",
      projectId: world.projectId,
      dueDate: "2026-05-04",
    });
    const projectFeed = await viewer.calendarFeed.create({ projectId: world.projectId });
    const allFeed = await viewer.calendarFeed.create({});
    const read = async (url: string) => {
      const token = /\/api\/calendar\/([^/]+)\.ics$/.exec(url)?.[1] ?? "";
      const state = await feedState(database.db, token);
      return state ? { etag: state.etag, text: await feedDocument(database.db, state) } : null;
    };
    const [projectBefore, allBefore] = [await read(projectFeed.url), await read(allFeed.url)];
    expect(projectBefore?.text).toContain("SUMMARY:Shared deadline");
    expect(allBefore?.text).toContain("SUMMARY:Shared deadline");

    await viewer.project.leave({ projectId: world.projectId });

    const [projectAfter, allAfter] = [await read(projectFeed.url), await read(allFeed.url)];
    expect(projectAfter?.text).not.toContain("Shared deadline");
    expect(allAfter?.text).not.toContain("Shared deadline");
    expect(projectAfter?.etag).not.toBe(projectBefore?.etag);
    expect(allAfter?.etag).not.toBe(allBefore?.etag);
    expect((await viewer.calendarFeed.list()).find((feed) => feed.id === projectFeed.id)).toMatchObject({
      projectId: world.projectId,
      projectName: null,
    });
  });
});

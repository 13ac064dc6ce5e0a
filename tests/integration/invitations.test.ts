import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_ACCOUNT } from "@/lib/demo-account";
import type { Session } from "@/server/auth/auth";
import { emailOutbox, projectInvitation, projectMember, projectShareLink, rateLimit } from "@/server/db/schema";
import { DEMO_INVITATION_REFUSAL } from "@/server/modules/members/invite";
import { LAST_OWNER_MESSAGE } from "@/server/modules/members/membership";
import { pruneExpiredInvitations } from "@/server/modules/members/prune";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf, failure } from "~tests/setup/trpc";

const database = setupTestDatabase();

beforeAll(() => {
  // sendEmail prints each outbox message with its link outside production.
  vi.spyOn(console, "info").mockImplementation(() => {});
});

const api = (session: Session | null) => callerFor(database.db, session);
const uniqueEmail = (name: string) => `${name.toLowerCase()}-${crypto.randomUUID()}@example.test`;

async function person(name: string, email = uniqueEmail(name), emailVerified = true) {
  return createSignedInUser(database.db, { name, email, emailVerified });
}

/** An owner with a project of their own. */
async function ownerWithProject(name = "Planning") {
  const owner = await person("Olive");
  const created = await api(owner).project.create({ name });
  return { owner, projectId: created.id };
}

/** The token of the last invitation link mailed to `email` (read from the outbox, as a person would). */
async function mailedToken(email: string): Promise<string> {
  const [mail] = await database.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.to, email))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  const token = mail?.text.match(/\/invite\/([\w-]+)/)?.[1];
  if (!token) throw new Error(`no invitation mailed to ${email}`);
  return token;
}

const invitationsOf = (projectId: string) =>
  database.db.select().from(projectInvitation).where(eq(projectInvitation.projectId, projectId));

async function roleOf(userId: string, projectId: string) {
  const [row] = await database.db
    .select({ role: projectMember.role })
    .from(projectMember)
    .where(and(eq(projectMember.projectId, projectId), eq(projectMember.userId, userId)));
  return row?.role;
}

describe("the demo account", () => {
  it("cannot invite anyone (its password is public): refused, nothing stored, nothing mailed", async () => {
    const demo = await person("Demo", DEMO_ACCOUNT.email);
    const created = await api(demo).project.create({ name: "Demo project" });
    const target = uniqueEmail("victim");
    const refused = await failure(api(demo).project.invite({ projectId: created.id, email: target, role: "editor" }));
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: DEMO_INVITATION_REFUSAL });
    expect(await invitationsOf(created.id)).toEqual([]);
    expect(await database.db.select().from(emailOutbox).where(eq(emailOutbox.to, target))).toEqual([]);
  });
});

describe("an invitation by email", () => {
  it("is mailed, listed for the invitee, and accepted once", async () => {
    const { owner, projectId } = await ownerWithProject("Garden");
    const bob = await person("Bob");
    const invited = await api(owner).project.invite({ projectId, email: bob.user.email.toUpperCase(), role: "editor" });
    expect(invited).toMatchObject({ email: bob.user.email, role: "editor" });

    const token = await mailedToken(bob.user.email);
    const [stored] = await invitationsOf(projectId);
    expect(stored?.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    const pending = [{ id: invited.id, projectId, projectName: "Garden", role: "editor", invitedBy: "Olive" }];
    expect(await api(bob).invitation.list()).toMatchObject(pending);
    expect(await api(bob).invitation.byToken({ token })).toMatchObject(pending[0] ?? {});

    expect(await api(bob).invitation.accept({ id: invited.id })).toEqual({ projectId });
    expect((await api(bob).project.list()).map((item) => ({ id: item.id, role: item.role }))).toContainEqual({
      id: projectId,
      role: "editor",
    });
    expect(await api(bob).invitation.list()).toEqual([]);
    expect(await invitationsOf(projectId)).toEqual([]);
    // Single use: the link and the id are spent.
    expect(await codeOf(api(bob).invitation.byToken({ token }))).toBe("NOT_FOUND");
    expect(await codeOf(api(bob).invitation.accept({ id: invited.id }))).toBe("NOT_FOUND");
  });

  it("is refused to another account, saying nothing of the project", async () => {
    const { owner, projectId } = await ownerWithProject("Secret name");
    const invitee = uniqueEmail("bob");
    const invited = await api(owner).project.invite({ projectId, email: invitee, role: "editor" });
    const token = await mailedToken(invitee);
    const mallory = await person("Mallory");

    for (const attempt of [
      () => api(mallory).invitation.accept({ id: invited.id }),
      () => api(mallory).invitation.decline({ id: invited.id }),
      () => api(mallory).invitation.byToken({ token }),
    ]) {
      const error = await failure(attempt());
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toBe("This invitation is for another email address or no longer exists.");
    }
    expect(await api(mallory).invitation.list()).toEqual([]);
    expect(await roleOf(mallory.user.id, projectId)).toBeUndefined();
    expect(await invitationsOf(projectId)).toHaveLength(1);
  });

  it("asks an unverified account to verify its address first", async () => {
    const { owner, projectId } = await ownerWithProject();
    const unverified = await person("Una", uniqueEmail("una"), false);
    const invited = await api(owner).project.invite({ projectId, email: unverified.user.email, role: "viewer" });

    expect(await api(unverified).invitation.list()).toEqual([]);
    const error = await failure(api(unverified).invitation.accept({ id: invited.id }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/^Verify your email address first/);
    expect(await roleOf(unverified.user.id, projectId)).toBeUndefined();
    expect(await invitationsOf(projectId)).toHaveLength(1);
  });

  it("expires after 7 days", async () => {
    const { owner, projectId } = await ownerWithProject();
    const bob = await person("Bob");
    const before = Date.now();
    const invited = await api(owner).project.invite({ projectId, email: bob.user.email, role: "viewer" });
    const week = 7 * 24 * 60 * 60 * 1000;
    expect(invited.expiresAt.getTime()).toBeGreaterThanOrEqual(before + week - 1000);
    expect(invited.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + week);

    await database.db
      .update(projectInvitation)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(projectInvitation.id, invited.id));
    expect(await api(bob).invitation.list()).toEqual([]);
    const error = await failure(api(bob).invitation.accept({ id: invited.id }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toMatch(/expired/);
    expect(await roleOf(bob.user.id, projectId)).toBeUndefined();
  });

  it("is pruned by the daily cleanup a week after it expired, not before", async () => {
    const { owner, projectId } = await ownerWithProject();
    const day = 24 * 60 * 60 * 1000;
    const [longGone, recentlyExpired] = await Promise.all(
      ["long-gone", "recent"].map((name) =>
        api(owner).project.invite({ projectId, email: uniqueEmail(name), role: "viewer" }),
      ),
    );
    const expire = (id: string, ago: number) =>
      database.db
        .update(projectInvitation)
        .set({ expiresAt: new Date(Date.now() - ago) })
        .where(eq(projectInvitation.id, id));
    await expire(longGone?.id ?? "", 8 * day);
    await expire(recentlyExpired?.id ?? "", day);

    expect(await pruneExpiredInvitations(database.db)).toBeGreaterThanOrEqual(1);
    expect((await invitationsOf(projectId)).map((row) => row.id)).toEqual([recentlyExpired?.id]);
  });

  it("stops working once revoked or declined", async () => {
    const { owner, projectId } = await ownerWithProject();
    const bob = await person("Bob");
    const carol = await person("Carol");
    const toBob = await api(owner).project.invite({ projectId, email: bob.user.email, role: "editor" });
    const toCarol = await api(owner).project.invite({ projectId, email: carol.user.email, role: "editor" });
    expect((await api(owner).project.invitations({ projectId })).map((row) => row.id).sort()).toEqual(
      [toBob.id, toCarol.id].sort(),
    );

    await api(owner).project.revokeInvitation({ id: toBob.id });
    expect(await codeOf(api(bob).invitation.accept({ id: toBob.id }))).toBe("NOT_FOUND");

    await api(carol).invitation.decline({ id: toCarol.id });
    expect(await codeOf(api(carol).invitation.accept({ id: toCarol.id }))).toBe("NOT_FOUND");
    expect(await roleOf(carol.user.id, projectId)).toBeUndefined();
    expect(await api(owner).project.invitations({ projectId })).toEqual([]);
  });

  it("is refreshed, not duplicated, when sent again: the old link stops working", async () => {
    const { owner, projectId } = await ownerWithProject();
    const bob = await person("Bob");
    const first = await api(owner).project.invite({ projectId, email: bob.user.email, role: "viewer" });
    const oldToken = await mailedToken(bob.user.email);
    const second = await api(owner).project.invite({ projectId, email: bob.user.email, role: "editor" });
    const newToken = await mailedToken(bob.user.email);

    expect(second.id).toBe(first.id);
    expect(newToken).not.toBe(oldToken);
    expect(await invitationsOf(projectId)).toHaveLength(1);
    expect(await codeOf(api(bob).invitation.byToken({ token: oldToken }))).toBe("NOT_FOUND");
    expect(await api(bob).invitation.byToken({ token: newToken })).toMatchObject({ role: "editor" });
  });

  it("answers the same whether or not the address has an account", async () => {
    const { owner, projectId } = await ownerWithProject();
    const bob = await person("Bob");
    const nobody = uniqueEmail("nobody");
    const toAccount = await api(owner).project.invite({ projectId, email: bob.user.email, role: "viewer" });
    const toNobody = await api(owner).project.invite({ projectId, email: nobody, role: "viewer" });

    expect(Object.keys(toAccount).sort()).toEqual(Object.keys(toNobody).sort());
    const mailed = async (to: string) => {
      const [mail] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.to, to));
      return mail && { subject: mail.subject, text: mail.text.replace(/\/invite\/[\w-]+/, "/invite/TOKEN") };
    };
    expect(await mailed(bob.user.email)).toEqual(await mailed(nobody));
  });

  it("keeps an existing membership as it is when accepted by a member", async () => {
    const { owner, projectId } = await ownerWithProject();
    const bob = await person("Bob");
    const invited = await api(owner).project.invite({ projectId, email: bob.user.email, role: "owner" });
    const link = await api(owner).project.createShareLink({ projectId, role: "viewer" });
    await api(bob).project.join({ token: link.url.split("/join/")[1] ?? "" });

    expect(await api(bob).invitation.accept({ id: invited.id })).toEqual({ projectId });
    expect(await roleOf(bob.user.id, projectId)).toBe("viewer");
    expect(await invitationsOf(projectId)).toEqual([]);
  });

  it("is refused for an address that is already a member's", async () => {
    const { owner, projectId } = await ownerWithProject();
    expect(await codeOf(api(owner).project.invite({ projectId, email: owner.user.email, role: "viewer" }))).toBe(
      "CONFLICT",
    );
  });
});

describe("invitation limits", () => {
  it("refuses past the per-project allowance, writing nothing", async () => {
    const { owner, projectId } = await ownerWithProject();
    for (let n = 0; n < 30; n += 1) {
      await api(owner).project.invite({ projectId, email: `guest-${n}@example.test`, role: "viewer" });
    }
    const error = await failure(
      api(owner).project.invite({ projectId, email: "one-more@example.test", role: "viewer" }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/^Too many invitations for now: try again in \d+ minutes?\.$/);
    expect(await invitationsOf(projectId)).toHaveLength(30);
    expect(await database.db.select().from(emailOutbox).where(eq(emailOutbox.to, "one-more@example.test"))).toEqual([]);
  });

  it("mails one address at most 5 times an hour, with every other mail it gets; the invitation still stands", async () => {
    const { owner, projectId } = await ownerWithProject();
    const target = uniqueEmail("target");
    for (let n = 0; n < 6; n += 1) {
      expect(await api(owner).project.invite({ projectId, email: target, role: "viewer" })).toMatchObject({
        email: target,
      });
    }
    expect(await database.db.select().from(emailOutbox).where(eq(emailOutbox.to, target))).toHaveLength(5);
    expect(await invitationsOf(projectId)).toHaveLength(1);
  });

  it("refuses past the per-user allowance across projects", async () => {
    const owner = await person("Busy");
    const projects = await Promise.all(["A", "B"].map((name) => api(owner).project.create({ name })));
    for (let n = 0; n < 50; n += 1) {
      const projectId = projects[n % 2]?.id ?? "";
      await api(owner).project.invite({ projectId, email: `busy-${n}@example.test`, role: "viewer" });
    }
    const third = await api(owner).project.create({ name: "C" });
    const refused = api(owner).project.invite({ projectId: third.id, email: "busy-x@example.test", role: "viewer" });
    expect(await codeOf(refused)).toBe("FORBIDDEN");
    expect(await invitationsOf(third.id)).toEqual([]);
    const counters = await database.db
      .select()
      .from(rateLimit)
      .where(eq(rateLimit.key, `invite-by:${owner.user.id}`));
    expect(counters).toHaveLength(1);
  });
});

describe("members and owners", () => {
  async function teamOfThree() {
    const { owner, projectId } = await ownerWithProject();
    const [second, member] = await Promise.all([person("Sam"), person("Mia")]);
    for (const [who, role] of [
      [second, "owner"],
      [member, "viewer"],
    ] as const) {
      const invited = await api(owner).project.invite({ projectId, email: who.user.email, role });
      await api(who).invitation.accept({ id: invited.id });
    }
    return { owner, second, member, projectId };
  }

  it("lists members with names, emails and roles, owners first", async () => {
    const { owner, second, member, projectId } = await teamOfThree();
    const listed = await api(member).project.members({ projectId });
    expect(listed.map((row) => row.role)).toEqual(["owner", "owner", "viewer"]);
    expect(listed).toContainEqual({ userId: member.user.id, name: "Mia", email: member.user.email, role: "viewer" });
    expect(listed.map((row) => row.userId).sort()).toEqual([owner.user.id, second.user.id, member.user.id].sort());
  });

  it("lets an owner change a role and remove a member, who then cannot see the project", async () => {
    const { owner, member, projectId } = await teamOfThree();
    await api(owner).project.setRole({ projectId, userId: member.user.id, role: "editor" });
    expect(await roleOf(member.user.id, projectId)).toBe("editor");
    await api(owner).project.removeMember({ projectId, userId: member.user.id });
    expect(await codeOf(api(member).project.byId({ id: projectId }))).toBe("NOT_FOUND");
    expect(await codeOf(api(owner).project.removeMember({ projectId, userId: member.user.id }))).toBe("NOT_FOUND");
  });

  it("never leaves a project without an owner", async () => {
    const { owner, second, member, projectId } = await teamOfThree();
    await api(second).project.leave({ projectId });
    for (const attempt of [
      () => api(owner).project.leave({ projectId }),
      () => api(owner).project.setRole({ projectId, userId: owner.user.id, role: "editor" }),
      () => api(owner).project.removeMember({ projectId, userId: owner.user.id }),
    ]) {
      const error = await failure(attempt());
      expect(error.code).toBe("FORBIDDEN");
      expect(error.message).toBe(LAST_OWNER_MESSAGE);
    }
    expect(await roleOf(owner.user.id, projectId)).toBe("owner");
    await api(member).project.leave({ projectId });
    expect(await roleOf(member.user.id, projectId)).toBeUndefined();
  });

  it("keeps an owner when two owners demote each other at once", async () => {
    const { owner, second, projectId } = await teamOfThree();
    const outcomes = await Promise.all([
      codeOf(api(owner).project.setRole({ projectId, userId: second.user.id, role: "editor" })),
      codeOf(api(second).project.setRole({ projectId, userId: owner.user.id, role: "editor" })),
    ]);
    expect(outcomes.sort()).toEqual(["FORBIDDEN", "OK"]);
    const owners = await database.db
      .select()
      .from(projectMember)
      .where(and(eq(projectMember.projectId, projectId), eq(projectMember.role, "owner")));
    expect(owners).toHaveLength(1);
  });
});

describe("a share link", () => {
  it("lets whoever opens it join with its role, until it is turned off or replaced", async () => {
    const { owner, projectId } = await ownerWithProject();
    expect(await api(owner).project.shareLink({ projectId })).toBeNull();
    const made = await api(owner).project.createShareLink({ projectId, role: "editor" });
    expect(made.url).toMatch(/^http:\/\/localhost:3000\/join\/[\w-]{43}$/);
    const token = made.url.split("/join/")[1] ?? "";
    const [stored] = await database.db.select().from(projectShareLink).where(eq(projectShareLink.projectId, projectId));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await api(owner).project.shareLink({ projectId })).toEqual({ role: "editor", createdAt: made.createdAt });

    const dan = await person("Dan");
    expect(await api(dan).project.join({ token })).toEqual({ projectId });
    expect(await roleOf(dan.user.id, projectId)).toBe("editor");
    // Joining again changes nothing; the owner stays owner.
    await api(dan).project.join({ token });
    await api(owner).project.join({ token });
    expect(await roleOf(owner.user.id, projectId)).toBe("owner");

    const replaced = await api(owner).project.createShareLink({ projectId, role: "viewer" });
    const eve = await person("Eve");
    expect(await codeOf(api(eve).project.join({ token }))).toBe("NOT_FOUND");
    const newToken = replaced.url.split("/join/")[1] ?? "";
    await api(owner).project.disableShareLink({ projectId });
    expect(await api(owner).project.shareLink({ projectId })).toBeNull();
    const error = await failure(api(eve).project.join({ token: newToken }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await roleOf(eve.user.id, projectId)).toBeUndefined();
  });
});

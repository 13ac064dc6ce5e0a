import { eq, inArray, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REMINDER_EMAILS_PER_DAY } from "@/lib/schemas/reminder-limits";
import type { Session } from "@/server/auth/auth";
import { reminder, reminderEmailCount } from "@/server/db/schema";
import type { EmailMessage } from "@/server/email/types";
import { REMINDER_ATTEMPTS_MAX } from "@/server/modules/reminders/claim";
import { deliverDueReminders } from "@/server/modules/reminders/deliver";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();
const baseURL = "http://app.test";

const quiet = console.error;
beforeEach(() => {
  // Failed sends are logged as errors on purpose here.
  console.error = () => {};
});
afterEach(() => {
  console.error = quiet;
});

/** A user with `count` reminders that fell due a minute ago; their ids. */
async function dueReminders(session: Session, count: number, title = "Due") {
  const api = callerFor(database.db, session);
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const task = await api.task.create({ title: `${title} ${n}` });
    ids.push((await api.reminder.create({ taskId: task.id, absolute: new Date(Date.now() - 60_000) })).id);
  }
  return ids;
}

const rowsOf = (ids: readonly string[]) => database.db.select().from(reminder).where(inArray(reminder.id, ids));
const verifiedUser = () => createSignedInUser(database.db, { emailVerified: true });

/** Records what it sends; fails for the addresses in `failFor`. */
function mailbox(failFor: readonly string[] = []) {
  const sent: EmailMessage[] = [];
  return {
    sent,
    async sendEmail(message: EmailMessage) {
      if (failFor.includes(message.to)) throw new Error("SMTP said 451, try later");
      sent.push(message);
    },
  };
}

describe("reminder delivery: who gets an email", () => {
  it("emails verified addresses only; an unverified owner's reminder is settled without one", async () => {
    const unverified = await createSignedInUser(database.db, { emailVerified: false });
    const [id = ""] = await dueReminders(unverified, 1, "Attacker-written subject");
    const mail = mailbox();

    const report = await deliverDueReminders({ db: database.db, sendEmail: mail.sendEmail, sendPush: null, baseURL });

    expect(report).toMatchObject({ claimed: 1, emailed: 0, emailsWithheld: 1, retrying: 0 });
    expect(mail.sent).toEqual([]);
    // Settled (never scanned again) but not delivered.
    expect(await rowsOf([id])).toEqual([expect.objectContaining({ sentAt: expect.any(Date), lastSentAt: null })]);
  });

  it(`sends one user at most ${REMINDER_EMAILS_PER_DAY} reminder emails a day; others are not held back`, async () => {
    const busy = await verifiedUser();
    const other = await verifiedUser();
    await dueReminders(busy, 3, "Busy");
    await dueReminders(other, 1, "Other");
    // Today's count one short of the cap, as if the earlier runs of the day had sent the rest.
    await database.db.insert(reminderEmailCount).values({
      userId: busy.user.id,
      day: sql<string>`(now() at time zone 'utc')::date`,
      sent: REMINDER_EMAILS_PER_DAY - 1,
    });
    const mail = mailbox();
    const run = () => deliverDueReminders({ db: database.db, sendEmail: mail.sendEmail, sendPush: null, baseURL });

    const [first, second] = await Promise.all([run(), run()]);

    expect(first.claimed + second.claimed).toBe(4);
    expect(mail.sent.filter((message) => message.to === busy.user.email)).toHaveLength(1);
    expect(mail.sent.filter((message) => message.to === other.user.email)).toHaveLength(1);
    expect(first.emailsWithheld + second.emailsWithheld).toBe(2);
    const [count] = await database.db
      .select()
      .from(reminderEmailCount)
      .where(eq(reminderEmailCount.userId, busy.user.id));
    expect(count?.sent).toBe(REMINDER_EMAILS_PER_DAY);
  });
});

describe("reminder delivery: claim, send, then settle", () => {
  it("a failed send is retried later and never costs another user's reminder", async () => {
    const failing = await verifiedUser();
    const fine = await verifiedUser();
    const [failingId = ""] = await dueReminders(failing, 1, "Failing");
    const fineIds = await dueReminders(fine, 2, "Fine");
    const broken = mailbox([failing.user.email]);

    const report = await deliverDueReminders({ db: database.db, sendEmail: broken.sendEmail, sendPush: null, baseURL });

    expect(report).toMatchObject({ claimed: 3, emailed: 2, failed: 1, retrying: 1 });
    expect(broken.sent.map((message) => message.to)).toEqual([fine.user.email, fine.user.email]);
    expect(await rowsOf(fineIds)).toEqual([
      expect.objectContaining({ sentAt: expect.any(Date), claimId: null }),
      expect.objectContaining({ sentAt: expect.any(Date), claimId: null }),
    ]);
    const [waiting] = await rowsOf([failingId]);
    expect(waiting).toMatchObject({ sentAt: null, claimId: null, attempts: 1 });
    expect(waiting?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());

    // Not before its back-off has passed...
    const working = mailbox();
    const early = await deliverDueReminders({ db: database.db, sendEmail: working.sendEmail, sendPush: null, baseURL });
    expect(early.claimed).toBe(0);
    // ...then delivered, once.
    await database.db
      .update(reminder)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(reminder.id, failingId));
    const later = await deliverDueReminders({ db: database.db, sendEmail: working.sendEmail, sendPush: null, baseURL });
    expect(later).toMatchObject({ claimed: 1, emailed: 1 });
    expect(working.sent.map((message) => message.to)).toEqual([failing.user.email]);
    expect(await rowsOf([failingId])).toEqual([expect.objectContaining({ sentAt: expect.any(Date) })]);
  });

  it(`gives up on a reminder after ${REMINDER_ATTEMPTS_MAX} failed attempts`, async () => {
    const session = await verifiedUser();
    const [id = ""] = await dueReminders(session, 1);
    await database.db
      .update(reminder)
      .set({ attempts: REMINDER_ATTEMPTS_MAX - 1 })
      .where(eq(reminder.id, id));
    const broken = mailbox([session.user.email]);

    const report = await deliverDueReminders({ db: database.db, sendEmail: broken.sendEmail, sendPush: null, baseURL });

    expect(report).toMatchObject({ claimed: 1, failed: 1, retrying: 0 });
    expect(await rowsOf([id])).toEqual([
      expect.objectContaining({ sentAt: expect.any(Date), lastSentAt: null, attempts: REMINDER_ATTEMPTS_MAX }),
    ]);
  });

  it("what a run did not start before its deadline is released, and the next run sends it once", async () => {
    const session = await verifiedUser();
    const ids = await dueReminders(session, 12);
    const deadline = new AbortController();
    const sent: string[] = [];
    const sendEmail = async (message: EmailMessage) => {
      sent.push(message.subject);
      deadline.abort(); // The deadline passes during the first send.
    };

    const first = await deliverDueReminders({
      db: database.db,
      sendEmail,
      sendPush: null,
      baseURL,
      deadline: deadline.signal,
    });

    expect(first.claimed).toBe(12);
    expect(first.deferred).toBeGreaterThan(0);
    expect(first.emailed + first.deferred).toBe(12);
    const released = (await rowsOf(ids)).filter((row) => row.sentAt === null);
    expect(released).toHaveLength(first.deferred);
    expect(released.every((row) => row.claimId === null && row.lockedUntil === null && row.attempts === 0)).toBe(true);

    const second = await deliverDueReminders({ db: database.db, sendEmail, sendPush: null, baseURL });
    expect(second).toMatchObject({ claimed: first.deferred, emailed: first.deferred, deferred: 0 });
    expect(sent.sort()).toEqual(Array.from({ length: 12 }, (_, n) => `Reminder: Due ${n}`).sort());
  });

  it("a reminder held by a run that died is sent once its lease expires, not before", async () => {
    const session = await verifiedUser();
    const [id = ""] = await dueReminders(session, 1);
    // As a run leaves it when it dies after claiming.
    await database.db
      .update(reminder)
      .set({ claimId: crypto.randomUUID(), lockedUntil: new Date(Date.now() + 60_000) })
      .where(eq(reminder.id, id));
    const mail = mailbox();
    const run = () => deliverDueReminders({ db: database.db, sendEmail: mail.sendEmail, sendPush: null, baseURL });

    expect((await run()).claimed).toBe(0);
    await database.db
      .update(reminder)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(reminder.id, id));
    expect(await run()).toMatchObject({ claimed: 1, emailed: 1 });
    expect(mail.sent).toHaveLength(1);
  });

  it("a reminder re-armed while a run holds it stays armed for its new instant", async () => {
    const session = await verifiedUser();
    const api = callerFor(database.db, session);
    const task = await api.task.create({ title: "Moved mid-run", dueDate: "2026-01-05" });
    const created = await api.reminder.create({ taskId: task.id, minutesBefore: 0 });
    const sendEmail = async () => {
      // The owner moves the task to next year while the run is sending the old reminder.
      const current = await api.task.byId({ id: task.id });
      await api.task.update({ id: task.id, updatedAt: current.updatedAt, dueDate: "2099-01-05" });
    };

    const report = await deliverDueReminders({ db: database.db, sendEmail, sendPush: null, baseURL });

    expect(report).toMatchObject({ claimed: 1, emailed: 1 });
    expect(await rowsOf([created.id])).toEqual([
      expect.objectContaining({ sentAt: null, claimId: null, nextAt: new Date("2099-01-05T09:00:00Z") }),
    ]);
  });
});

import { setTimeout as sleep } from "node:timers/promises";
import { eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reminder } from "@/server/db/schema";
import type { EmailMessage } from "@/server/email/types";
import { type DeliveryReport, deliverDueReminders } from "@/server/modules/reminders/deliver";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();
const baseURL = "http://app.test";

/** A sender that records every email and takes a little time, so overlapping runs really overlap. */
function recordingSender() {
  const sent: EmailMessage[] = [];
  return {
    sent,
    async sendEmail(message: EmailMessage) {
      await sleep(2);
      sent.push(message);
    },
  };
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);
/** Reminder emails go to verified addresses only. */
const verifiedUser = () => createSignedInUser(database.db, { emailVerified: true });

describe("reminder delivery (the cron)", () => {
  it("sends each due reminder exactly once when runs overlap", async () => {
    const users = await Promise.all([verifiedUser(), verifiedUser()]);
    const due: { title: string; taskId: string }[] = [];
    for (const [index, session] of users.entries()) {
      const api = callerFor(database.db, session);
      for (let n = 0; n < 15; n += 1) {
        const task = await api.task.create({ title: `Task ${index}-${n}` });
        await api.reminder.create({ taskId: task.id, absolute: minutesFromNow(-1 - n) });
        due.push({ title: task.title, taskId: task.id });
      }
    }
    const api = callerFor(database.db, users[0]);
    const notYet = await api.task.create({ title: "Not yet" });
    await api.reminder.create({ taskId: notYet.id, absolute: minutesFromNow(30) });
    const completed = await api.task.create({ title: "Already done" });
    await api.reminder.create({ taskId: completed.id, absolute: minutesFromNow(-5) });
    await api.task.setCompleted({ id: completed.id, completed: true });
    const trashed = await api.task.create({ title: "Binned" });
    await api.reminder.create({ taskId: trashed.id, absolute: minutesFromNow(-5) });
    await api.task.delete({ id: trashed.id });

    const mail = recordingSender();
    const run = () =>
      deliverDueReminders({ db: database.db, sendEmail: mail.sendEmail, sendPush: null, baseURL, limit: 4 });
    // Runs in waves of four concurrent ones until nothing is left (each claims at most 4).
    const reports: DeliveryReport[] = [];
    for (let wave = 0; wave < 10; wave += 1) {
      const results = await Promise.all([run(), run(), run(), run()]);
      reports.push(...results);
      if (results.every((report) => report.claimed === 0)) break;
    }

    const subjects = mail.sent.map((message) => message.subject).sort();
    expect(subjects).toEqual(due.map(({ title }) => `Reminder: ${title}`).sort());
    expect(new Set(subjects).size).toBe(due.length);
    expect(reports.reduce((sum, report) => sum + report.emailed, 0)).toBe(due.length);
    // The completed and the trashed task's reminders were claimed (so never scanned again), not sent.
    expect(reports.reduce((sum, report) => sum + report.claimed, 0)).toBe(due.length + 2);
    const armed = await database.db.select({ taskId: reminder.taskId }).from(reminder).where(isNull(reminder.sentAt));
    expect(armed).toEqual([{ taskId: notYet.id }]);

    const again = await deliverDueReminders({ db: database.db, sendEmail: mail.sendEmail, sendPush: null, baseURL });
    expect(again).toMatchObject({ claimed: 0, emailed: 0 });
  });

  it("two whole runs at once never send one reminder twice", async () => {
    const session = await verifiedUser();
    const api = callerFor(database.db, session);
    for (let n = 0; n < 25; n += 1) {
      const task = await api.task.create({ title: `Pair ${n}` });
      await api.reminder.create({ taskId: task.id, absolute: minutesFromNow(-1) });
    }
    const mail = recordingSender();
    const run = () => deliverDueReminders({ db: database.db, sendEmail: mail.sendEmail, sendPush: null, baseURL });

    const [first, second] = await Promise.all([run(), run()]);

    expect(first.emailed + second.emailed).toBe(25);
    expect(new Set(mail.sent.map((message) => message.subject)).size).toBe(25);
  });

  it("emails the owner a link to the task; moving the task later re-arms it for then", async () => {
    const session = await verifiedUser();
    const api = callerFor(database.db, session);
    const task = await api.task.create({ title: "Renew passport", dueDate: "2026-01-05" });
    const created = await api.reminder.create({ taskId: task.id, minutesBefore: 0 });
    const mail = recordingSender();
    const run = () => deliverDueReminders({ db: database.db, sendEmail: mail.sendEmail, sendPush: null, baseURL });

    await run();
    expect(mail.sent).toEqual([
      expect.objectContaining({
        to: session.user.email,
        subject: "Reminder: Renew passport",
        text: expect.stringContaining(`${baseURL}/?task=${task.id}`),
      }),
    ]);
    const reminderRow = async () => (await database.db.select().from(reminder).where(eq(reminder.id, created.id)))[0];
    expect(await reminderRow()).toMatchObject({ sentAt: expect.any(Date), lastSentAt: expect.any(Date) });

    // Still in the past: stays delivered. In the future: armed again, and not due yet.
    const current = await api.task.byId({ id: task.id });
    const moved = await api.task.update({ id: task.id, updatedAt: current.updatedAt, dueDate: "2026-01-06" });
    await run();
    expect(mail.sent).toHaveLength(1);
    await api.task.update({ id: task.id, updatedAt: moved.updatedAt, dueDate: "2099-01-06" });
    expect(await reminderRow()).toMatchObject({ sentAt: null, lastSentAt: expect.any(Date) });
    await run();
    expect(mail.sent).toHaveLength(1);
  });
});

import { createECDH, randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import webpush from "web-push";
import { isAllowedPushEndpoint } from "@/lib/push-services";
import { PUSH_SUBSCRIPTIONS_PER_USER_MAX } from "@/lib/schemas/reminder-limits";
import { pushSubscription, reminder } from "@/server/db/schema";
import { deliverDueReminders } from "@/server/modules/reminders/deliver";
import { webPushSender } from "@/server/push/send";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure } from "~tests/setup/trpc";

const database = setupTestDatabase();

/**
 * A stand-in push service: records each request; paths under /gone answer 410 (expired), under /moved a
 * redirect to /followed (which must never be requested), others 201.
 */
interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  bodyLength: number;
}
const received: Received[] = [];
let server: Server;
let pushOrigin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      received.push({ path, headers: request.headers, bodyLength: Buffer.concat(chunks).length });
      if (path.startsWith("/moved")) response.writeHead(302, { location: `/followed${path}` }).end();
      else response.writeHead(path.startsWith("/gone") ? 410 : 201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  pushOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Keys as a browser's PushSubscription.toJSON() gives them. */
function browserKeys() {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") };
}

const vapid = { subject: "mailto:ops@example.test", ...webpush.generateVAPIDKeys() };
const fcmEndpoint = () => `https://fcm.googleapis.com/fcm/send/${randomBytes(12).toString("base64url")}`;
const subscriptionsOf = (userId: string) =>
  database.db.select().from(pushSubscription).where(eq(pushSubscription.userId, userId));
/** The push services' check, widened to the local stand-in: what a test may inject, never production. */
const allowingLocalService = (endpoint: string) =>
  endpoint.startsWith(`${pushOrigin}/`) || isAllowedPushEndpoint(endpoint);

describe("push subscriptions", () => {
  it("subscribes (idempotently), and unsubscribes only the caller's own", async () => {
    const owner = callerFor(database.db, await createSignedInUser(database.db));
    const stranger = callerFor(database.db, await createSignedInUser(database.db));
    const endpoint = fcmEndpoint();
    const keys = browserKeys();

    await owner.push.subscribe({ endpoint, keys, userAgent: "Firefox on Linux" });
    await owner.push.subscribe({ endpoint, keys });
    expect(
      await database.db.select().from(pushSubscription).where(eq(pushSubscription.endpoint, endpoint)),
    ).toHaveLength(1);

    expect((await failure(stranger.push.unsubscribe({ endpoint }))).code).toBe("NOT_FOUND");
    await owner.push.unsubscribe({ endpoint });
    expect(await database.db.select().from(pushSubscription).where(eq(pushSubscription.endpoint, endpoint))).toEqual(
      [],
    );
  });

  it("accepts the push services' endpoints only (the server posts to them)", async () => {
    const session = await createSignedInUser(database.db);
    const api = callerFor(database.db, session);
    const refused = [
      "http://10.0.0.1/internal",
      "https://169.254.169.254/latest/meta-data/",
      "https://10.0.0.1/push",
      "https://[::1]/push",
      "https://localhost/push",
      "https://127.0.0.1/push",
      "http://fcm.googleapis.com/fcm/send/x",
      "https://fcm.googleapis.com:8443/fcm/send/x",
      "https://user:secret@fcm.googleapis.com/fcm/send/x",
      "https://fcm.googleapis.com.attacker.test/fcm/send/x",
      "https://notfcm.googleapis.com/fcm/send/x",
      "https://push.services.mozilla.com.attacker.test/wpush/v2/x",
      "https://notify.windows.com/w/?token=x",
    ];
    for (const endpoint of refused) {
      const error = await failure(api.push.subscribe({ endpoint, keys: browserKeys() }));
      expect({ endpoint, code: error.code }).toEqual({ endpoint, code: "BAD_REQUEST" });
    }
    const accepted = [
      "https://fcm.googleapis.com/fcm/send/abc",
      "https://fcm.googleapis.com:443/fcm/send/port",
      "https://updates.push.services.mozilla.com/wpush/v2/abc",
      "https://autopush.stage.push.services.mozilla.com/wpush/v2/abc",
      "https://wns2-by3p.notify.windows.com/w/?token=abc",
      "https://web.push.apple.com/QGx1",
      "https://api.push.apple.com/3/device/abc",
    ];
    for (const endpoint of accepted) await api.push.subscribe({ endpoint, keys: browserKeys() });
    expect(await subscriptionsOf(session.user.id)).toHaveLength(accepted.length);
  });

  it(`keeps a user's newest ${PUSH_SUBSCRIPTIONS_PER_USER_MAX} subscriptions, also when they subscribe at once`, async () => {
    const session = await createSignedInUser(database.db);
    const api = callerFor(database.db, session);
    const endpoints = Array.from({ length: PUSH_SUBSCRIPTIONS_PER_USER_MAX }, fcmEndpoint);
    for (const [age, endpoint] of endpoints.entries()) {
      await api.push.subscribe({ endpoint, keys: browserKeys() });
      // Subscribed `age` + 1 minutes ago: the first of them is the newest.
      await database.db
        .update(pushSubscription)
        .set({ createdAt: new Date(Date.now() - (age + 1) * 60_000) })
        .where(eq(pushSubscription.endpoint, endpoint));
    }
    const newest = [fcmEndpoint(), fcmEndpoint()];
    for (const endpoint of newest) await api.push.subscribe({ endpoint, keys: browserKeys() });
    expect((await subscriptionsOf(session.user.id)).map((row) => row.endpoint).sort()).toEqual(
      [...newest, ...endpoints.slice(0, PUSH_SUBSCRIPTIONS_PER_USER_MAX - 2)].sort(),
    );

    const racing = await createSignedInUser(database.db);
    const racer = callerFor(database.db, racing);
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, () => racer.push.subscribe({ endpoint: fcmEndpoint(), keys: browserKeys() })),
    );
    expect(results.every((result) => result.status === "fulfilled")).toBe(true);
    expect(await subscriptionsOf(racing.user.id)).toHaveLength(PUSH_SUBSCRIPTIONS_PER_USER_MAX);
  });

  it("moves an endpoint to another account only when the browser's own keys come with it", async () => {
    const first = await createSignedInUser(database.db);
    const second = await createSignedInUser(database.db);
    const attacker = await createSignedInUser(database.db);
    const endpoint = fcmEndpoint();
    const keys = browserKeys();
    await callerFor(database.db, first).push.subscribe({ endpoint, keys });

    // Someone who learnt the URL, with keys of their own: refused, nothing changed.
    const error = await failure(callerFor(database.db, attacker).push.subscribe({ endpoint, keys: browserKeys() }));
    expect(error.code).toBe("CONFLICT");
    // The same answer for the holder itself with other keys: it says nothing about who holds it.
    const own = await failure(callerFor(database.db, first).push.subscribe({ endpoint, keys: browserKeys() }));
    expect({ code: own.code, message: own.message }).toEqual({ code: error.code, message: error.message });
    expect(await subscriptionsOf(first.user.id)).toEqual([expect.objectContaining({ endpoint, ...keys })]);
    expect(await subscriptionsOf(attacker.user.id)).toEqual([]);

    // Someone else signing in on that browser (it sends its own keys): the subscription follows them.
    await callerFor(database.db, second).push.subscribe({ endpoint, keys });
    expect(await subscriptionsOf(first.user.id)).toEqual([]);
    expect(await subscriptionsOf(second.user.id)).toEqual([expect.objectContaining({ endpoint, ...keys })]);
  });

  it("pushes a due reminder to each browser of its owner and removes an expired subscription", async () => {
    const session = await createSignedInUser(database.db, { emailVerified: true });
    const api = callerFor(database.db, session);
    const task = await api.task.create({ title: "Take out the bins" });
    await api.reminder.create({ taskId: task.id, absolute: new Date(Date.now() - 60_000) });
    // Saved directly: the input schema takes the push services' endpoints only, and this one is local http.
    const [live, expired] = await database.db
      .insert(pushSubscription)
      .values([
        { userId: session.user.id, endpoint: `${pushOrigin}/live/${task.id}`, ...browserKeys() },
        { userId: session.user.id, endpoint: `${pushOrigin}/gone/${task.id}`, ...browserKeys() },
      ])
      .returning();
    if (!live || !expired) throw new Error("insert returned nothing");

    const report = await deliverDueReminders({
      db: database.db,
      sendEmail: async () => {},
      sendPush: webPushSender(vapid),
      baseURL: "http://app.test",
      isAllowedPushEndpoint: allowingLocalService,
    });

    expect(report).toMatchObject({ claimed: 1, emailed: 1, pushed: 1, expiredSubscriptions: 1 });
    const requests = received.filter((request) => request.path.endsWith(task.id));
    expect(requests.map((request) => request.path).sort()).toEqual([`/gone/${task.id}`, `/live/${task.id}`]);
    for (const request of requests) {
      // An encrypted payload (RFC 8291) signed with our VAPID key (RFC 8292).
      expect(request.headers["content-encoding"]).toBe("aes128gcm");
      expect(request.headers.authorization).toMatch(
        new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`),
      );
      expect(request.headers.ttl).toBe(String(24 * 60 * 60));
      expect(request.bodyLength).toBeGreaterThan(0);
    }
    const remaining = await database.db
      .select()
      .from(pushSubscription)
      .where(eq(pushSubscription.userId, session.user.id));
    expect(remaining).toEqual([expect.objectContaining({ id: live.id, lastSuccessAt: expect.any(Date) })]);
  });

  it("never requests an endpoint outside the push services, and removes its subscription", async () => {
    const session = await createSignedInUser(database.db);
    const api = callerFor(database.db, session);
    const task = await api.task.create({ title: "Stored before the allow-list" });
    await api.reminder.create({ taskId: task.id, absolute: new Date(Date.now() - 60_000) });
    // A row saved before subscribe checked the host (the local server stands in for an internal address).
    await database.db
      .insert(pushSubscription)
      .values({ userId: session.user.id, endpoint: `${pushOrigin}/internal/${task.id}`, ...browserKeys() });

    const report = await deliverDueReminders({
      db: database.db,
      sendEmail: async () => {},
      sendPush: webPushSender(vapid),
      baseURL: "http://app.test",
    });

    expect(report).toMatchObject({ claimed: 1, pushed: 0, refusedSubscriptions: 1 });
    expect(received.filter((request) => request.path.endsWith(task.id))).toEqual([]);
    expect(await subscriptionsOf(session.user.id)).toEqual([]);
  });

  it("never follows a push service's redirect; the reminder waits for a later attempt", async () => {
    const session = await createSignedInUser(database.db);
    const api = callerFor(database.db, session);
    const task = await api.task.create({ title: "Redirected" });
    const created = await api.reminder.create({ taskId: task.id, absolute: new Date(Date.now() - 60_000) });
    await database.db
      .insert(pushSubscription)
      .values({ userId: session.user.id, endpoint: `${pushOrigin}/moved/${task.id}`, ...browserKeys() });
    const quiet = console.error;
    console.error = () => {};
    try {
      const report = await deliverDueReminders({
        db: database.db,
        sendEmail: async () => {},
        sendPush: webPushSender(vapid),
        baseURL: "http://app.test",
        isAllowedPushEndpoint: allowingLocalService,
      });
      // The owner's address is unverified: the push was the only way, and it failed.
      expect(report).toMatchObject({ claimed: 1, pushed: 0, failed: 1, retrying: 1 });
    } finally {
      console.error = quiet;
    }
    expect(received.filter((request) => request.path.endsWith(task.id)).map((request) => request.path)).toEqual([
      `/moved/${task.id}`,
    ]);
    const [row] = await database.db.select().from(reminder).where(eq(reminder.id, created.id));
    expect(row).toMatchObject({ sentAt: null, attempts: 1 });
  });
});

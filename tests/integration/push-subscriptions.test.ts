import { createECDH, randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import webpush from "web-push";
import { pushSubscription } from "@/server/db/schema";
import { deliverDueReminders } from "@/server/modules/reminders/deliver";
import { webPushSender } from "@/server/push/send";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure } from "~tests/setup/trpc";

const database = setupTestDatabase();

/** A stand-in push service: records each request; paths under /gone answer 410 (expired), others 201. */
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
      response.writeHead(path.startsWith("/gone") ? 410 : 201).end();
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

describe("push subscriptions", () => {
  it("subscribes (idempotently), and unsubscribes only the caller's own", async () => {
    const owner = callerFor(database.db, await createSignedInUser(database.db));
    const stranger = callerFor(database.db, await createSignedInUser(database.db));
    const endpoint = "https://push.example.test/send/abc";

    await owner.push.subscribe({ endpoint, keys: browserKeys(), userAgent: "Firefox on Linux" });
    await owner.push.subscribe({ endpoint, keys: browserKeys() });
    expect(
      await database.db.select().from(pushSubscription).where(eq(pushSubscription.endpoint, endpoint)),
    ).toHaveLength(1);

    expect((await failure(stranger.push.unsubscribe({ endpoint }))).code).toBe("NOT_FOUND");
    await owner.push.unsubscribe({ endpoint });
    expect(await database.db.select().from(pushSubscription).where(eq(pushSubscription.endpoint, endpoint))).toEqual(
      [],
    );
  });

  it("refuses endpoints that are not https (the server posts to them)", async () => {
    const api = callerFor(database.db, await createSignedInUser(database.db));
    const error = await failure(api.push.subscribe({ endpoint: "http://10.0.0.1/internal", keys: browserKeys() }));
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("pushes a due reminder to each browser of its owner and removes an expired subscription", async () => {
    const session = await createSignedInUser(database.db);
    const api = callerFor(database.db, session);
    const task = await api.task.create({ title: "Take out the bins" });
    await api.reminder.create({ taskId: task.id, absolute: new Date(Date.now() - 60_000) });
    // Saved directly: the input schema takes https endpoints only, and this push service is local http.
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
});

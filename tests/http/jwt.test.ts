import { symmetricDecrypt } from "better-auth/crypto";
import { decodeJwt, decodeProtectedHeader, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { TEST_AUTH_SECRET } from "~tests/setup/start-app";
import { appDatabase } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

const app = setupAppServer();
const database = appDatabase(app);

/** task.list over HTTP with nothing but an Authorization header: no cookie, no Origin. */
async function listTasks(authorization: string): Promise<number> {
  const input = encodeURIComponent(JSON.stringify({ json: {} }));
  const response = await fetch(`${app.url}/api/trpc/task.list?input=${input}`, { headers: { authorization } });
  return response.status;
}

let browser: HttpSession;
let userId: string;
let token: string;

beforeAll(async () => {
  browser = new HttpSession(app.url);
  const signUp = await browser.signUp({ name: "Script", email: uniqueEmail("jwt"), password: "correct horse battery" });
  userId = ((await signUp.json()) as { user: { id: string } }).user.id;
  const issued = await browser.request("/api/auth/token");
  expect(issued.status).toBe(200);
  token = ((await issued.json()) as { token: string }).token;
});

/** Our own signing key, read and decrypted from the jwks table, to sign tokens that differ in one claim. */
async function ourKey(): Promise<{ kid: string; key: CryptoKey | Uint8Array }> {
  const [row] = await database.query<{ id: string; private_key: string }>("select id, private_key from jwks");
  if (!row) throw new Error("no signing key");
  const jwk = JSON.parse(await symmetricDecrypt({ key: TEST_AUTH_SECRET, data: JSON.parse(row.private_key) })) as JWK;
  return { kid: row.id, key: await importJWK(jwk, "EdDSA") };
}

async function signWith(claims: { iss?: string; aud?: string; exp?: number; kid?: string }) {
  const { kid, key } = await ourKey();
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: "EdDSA", kid: claims.kid ?? kid })
    .setSubject(userId)
    .setIssuedAt(now - 60)
    .setIssuer(claims.iss ?? app.url)
    .setAudience(claims.aud ?? app.url)
    .setExpirationTime(claims.exp ?? now + 600)
    .sign(key);
}

describe("JWT bearer tokens", () => {
  it("/api/auth/token issues a 15-minute EdDSA token for this app, published at /api/auth/jwks", async () => {
    const header = decodeProtectedHeader(token);
    const claims = decodeJwt(token);
    expect(header.alg).toBe("EdDSA");
    expect(claims).toMatchObject({ sub: userId, iss: app.url, aud: app.url });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(15 * 60);

    const jwks = (await (await fetch(`${app.url}/api/auth/jwks`)).json()) as { keys: JWK[] };
    expect(jwks.keys.map((key) => key.kid)).toContain(header.kid);
    expect(jwks.keys.every((key) => key.d === undefined)).toBe(true);
  });

  it("is accepted by the tRPC context", async () => {
    expect(await listTasks(`Bearer ${token}`)).toBe(200);
  });

  it("refuses an anonymous call, an empty header and a made-up token", async () => {
    expect((await fetch(`${app.url}/api/trpc/task.list?input=${encodeURIComponent('{"json":{}}')}`)).status).toBe(401);
    expect(await listTasks("Bearer")).toBe(401);
    expect(await listTasks("Bearer not-a-token")).toBe(401);
  });

  it("refuses an expired token, a wrong audience and a wrong issuer, even signed with our key", async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(await listTasks(`Bearer ${await signWith({})}`)).toBe(200);
    expect(await listTasks(`Bearer ${await signWith({ exp: now - 1 })}`)).toBe(401);
    expect(await listTasks(`Bearer ${await signWith({ aud: "https://elsewhere.example" })}`)).toBe(401);
    expect(await listTasks(`Bearer ${await signWith({ iss: "https://elsewhere.example" })}`)).toBe(401);
  });

  it("refuses alg none, an unknown key id, a foreign key and a tampered signature", async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const [, payload = "", signature = ""] = token.split(".");
    const unsigned = `${encode({ alg: "none", typ: "JWT" })}.${payload}.`;
    expect(await listTasks(`Bearer ${unsigned}`)).toBe(401);

    expect(await listTasks(`Bearer ${await signWith({ kid: "00000000-0000-4000-8000-000000000000" })}`)).toBe(401);

    const foreign = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    const { kid } = await ourKey();
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: "EdDSA", kid })
      .setSubject(userId)
      .setIssuer(app.url)
      .setAudience(app.url)
      .setExpirationTime("10m")
      .sign(foreign.privateKey);
    expect(await listTasks(`Bearer ${forged}`)).toBe(401);

    const flipped = `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
    const [head = ""] = token.split(".");
    expect(await listTasks(`Bearer ${head}.${payload}.${flipped}`)).toBe(401);
    const otherPayload = encode({ ...decodeJwt(token), sub: "00000000-0000-4000-8000-000000000000" });
    expect(await listTasks(`Bearer ${head}.${otherPayload}.${signature}`)).toBe(401);
  });

  it("stops working for a deleted user", async () => {
    const other = new HttpSession(app.url);
    const email = uniqueEmail("jwt-gone");
    await other.signUp({ name: "Gone", email, password: "correct horse battery" });
    const issued = (await (await other.request("/api/auth/token")).json()) as { token: string };
    expect(await listTasks(`Bearer ${issued.token}`)).toBe(200);
    await database.query('delete from "user" where email = $1', [email]);
    expect(await listTasks(`Bearer ${issued.token}`)).toBe(401);
  });
});

describe("what a bearer token may not do", () => {
  it("cannot mint API tokens, end sessions or delete the account: those need the browser", async () => {
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const call = (path: string, json: unknown) =>
      fetch(`${app.url}/api/trpc/${path}`, { method: "POST", headers, body: JSON.stringify({ json }) });

    expect((await call("accessToken.create", { name: "successor", expiresInDays: 30 })).status).toBe(403);
    expect((await call("session.revokeOthers", undefined)).status).toBe(403);
    expect(
      (await call("account.delete", { password: "correct horse battery", confirmation: "delete my account" })).status,
    ).toBe(403);
    expect(await database.query("select id from personal_access_token where user_id = $1", [userId])).toEqual([]);
    expect(await database.query('select id from "user" where id = $1', [userId])).toHaveLength(1);
    // Reading is fine: exporting one's data is what a backup script does.
    expect((await fetch(`${app.url}/api/trpc/account.export`, { headers })).status).toBe(200);
  });
});

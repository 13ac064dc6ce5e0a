import { eq } from "drizzle-orm";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { identityFromBearer } from "@/server/auth/bearer";
import { baseURL } from "@/server/auth/urls";
import { jwks, oauthClient, oauthConsent } from "@/server/db/schema";
import { mcpResource } from "@/server/mcp/resource";
import { createUser } from "~tests/factories/users";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();
const MINUTE_S = 60;

/** A signing key of "our OAuth server" in the jwks table (only its public half is read to verify). */
let signingKey: { kid: string; key: CryptoKey };

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair("EdDSA", { extractable: true });
  const [row] = await database.db
    .insert(jwks)
    .values({
      publicKey: JSON.stringify(await exportJWK(publicKey)),
      privateKey: JSON.stringify(await exportJWK(privateKey)),
      alg: "EdDSA",
      crv: "Ed25519",
    })
    .returning();
  if (!row) throw new Error("no jwks row");
  signingKey = { kid: row.id, key: privateKey };
});

/** A user who allowed a client `tasks:read` a minute ago. */
async function userWithConsent() {
  const owner = await createUser(database.db);
  const clientId = `client-${crypto.randomUUID()}`;
  await database.db.insert(oauthClient).values({ clientId, redirectUris: ["http://127.0.0.1/cb"] });
  await database.db
    .insert(oauthConsent)
    .values({ clientId, userId: owner.id, scopes: ["tasks:read"], createdAt: new Date(Date.now() - 60_000) });
  return { owner, clientId };
}

/** An access token as our OAuth server issues it for the MCP endpoint. */
function accessToken(userId: string, clientId: string, issuedAgoSeconds = 0) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ azp: clientId, scope: "tasks:read tasks:write" })
    .setProtectedHeader({ alg: "EdDSA", kid: signingKey.kid })
    .setSubject(userId)
    .setIssuer(baseURL)
    .setAudience(mcpResource)
    .setIssuedAt(now - issuedAgoSeconds)
    .setExpirationTime(now + 15 * MINUTE_S)
    .sign(signingKey.key);
}

const asMcp = (token: string) => identityFromBearer(database.db, token, { oauthResource: mcpResource });

describe("an OAuth access token for the MCP endpoint", () => {
  it("stands for its user with the scopes the consent still grants, read in one statement", async () => {
    const { owner, clientId } = await userWithConsent();
    const token = await accessToken(owner.id, clientId);
    await asMcp(token); // loads the signing keys, once per process
    const { result, statements } = await database.countStatements(() => asMcp(token));
    expect(result).toMatchObject({
      user: { id: owner.id, email: owner.email },
      method: "oauth",
      oauth: { clientId, scopes: ["tasks:read"] },
      sessionId: null,
    });
    expect(statements).toBe(1);
  });

  it("stops at once when the user revokes the app", async () => {
    const { owner, clientId } = await userWithConsent();
    const token = await accessToken(owner.id, clientId);
    expect(await asMcp(token)).not.toBeNull();
    await database.db.delete(oauthConsent).where(eq(oauthConsent.clientId, clientId));
    expect(await asMcp(token)).toBeNull();
  });

  it("is refused when issued before the consent it would rest on (an app connected again since)", async () => {
    const { owner, clientId } = await userWithConsent();
    expect(await asMcp(await accessToken(owner.id, clientId, 10 * MINUTE_S))).toBeNull();
  });

  it("is refused for a consent another user gave the same client", async () => {
    const { clientId } = await userWithConsent();
    const stranger = await createUser(database.db);
    expect(await asMcp(await accessToken(stranger.id, clientId))).toBeNull();
  });
});

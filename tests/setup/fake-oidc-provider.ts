import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

// A small OpenID Connect provider for tests, on 127.0.0.1: discovery, JWKS, an authorize endpoint that
// signs in whoever the test chose at once, a token endpoint that checks the client, the code, the
// redirect URI and PKCE (S256), and userinfo. No vitest here, so any script can use it.

export interface FakeOidcUser {
  sub: string;
  email: string;
  email_verified: boolean;
  name: string;
}

interface PendingCode {
  user: FakeOidcUser;
  redirectUri: string;
  codeChallenge: string;
  nonce: string | undefined;
}

export interface FakeOidcProvider {
  issuer: string;
  discoveryUrl: string;
  clientId: string;
  clientSecret: string;
  /** Who is "logged in" at the provider: the next /authorize answers for this user. */
  signInAs(user: FakeOidcUser): void;
  /** Query strings of every /authorize request, oldest first. */
  readonly authorizeRequests: URLSearchParams[];
  /** Why each refused /token request was refused, oldest first. */
  readonly tokenErrors: string[];
  close(): Promise<void>;
}

const KEY_ID = "fake-oidc-key";

function base64url(data: Buffer): string {
  return data.toString("base64url");
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  response.end(JSON.stringify(body));
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/** client_secret_basic or client_secret_post, whichever the client used. */
function clientCredentials(request: IncomingMessage, form: URLSearchParams) {
  const header = request.headers.authorization;
  if (header?.startsWith("Basic ")) {
    const [id = "", secret = ""] = Buffer.from(header.slice(6), "base64").toString("utf8").split(":");
    return { id: decodeURIComponent(id), secret: decodeURIComponent(secret) };
  }
  return { id: form.get("client_id") ?? "", secret: form.get("client_secret") ?? "" };
}

export async function startFakeOidcProvider(
  options: { clientId?: string; clientSecret?: string } = {},
): Promise<FakeOidcProvider> {
  const clientId = options.clientId ?? "tasklane-test-client";
  const clientSecret = options.clientSecret ?? "tasklane-test-secret";
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: KEY_ID, alg: "RS256", use: "sig" };

  let currentUser: FakeOidcUser | null = null;
  const codes = new Map<string, PendingCode>();
  const accessTokens = new Map<string, FakeOidcUser>();
  const authorizeRequests: URLSearchParams[] = [];
  const tokenErrors: string[] = [];
  let issuer = "";

  function authorize(url: URL, response: ServerResponse) {
    const params = url.searchParams;
    authorizeRequests.push(params);
    const redirectUri = params.get("redirect_uri");
    if (params.get("client_id") !== clientId || !redirectUri) {
      sendJson(response, 400, { error: "invalid_request" });
      return;
    }
    const back = new URL(redirectUri);
    const state = params.get("state");
    if (state) back.searchParams.set("state", state);
    back.searchParams.set("iss", issuer);
    const codeChallenge = params.get("code_challenge");
    if (!currentUser) back.searchParams.set("error", "login_required");
    else if (
      params.get("response_type") !== "code" ||
      params.get("code_challenge_method") !== "S256" ||
      !codeChallenge
    ) {
      back.searchParams.set("error", "invalid_request");
    } else {
      const code = base64url(randomBytes(24));
      codes.set(code, { user: currentUser, redirectUri, codeChallenge, nonce: params.get("nonce") ?? undefined });
      back.searchParams.set("code", code);
    }
    response.writeHead(302, { location: back.toString() });
    response.end();
  }

  async function token(request: IncomingMessage, response: ServerResponse) {
    const form = await readForm(request);
    const refuse = (error: string, reason: string) => {
      tokenErrors.push(reason);
      sendJson(response, 400, { error });
    };
    const client = clientCredentials(request, form);
    if (client.id !== clientId || client.secret !== clientSecret) return refuse("invalid_client", "client");
    if (form.get("grant_type") !== "authorization_code") return refuse("unsupported_grant_type", "grant_type");
    const code = form.get("code") ?? "";
    const pending = codes.get(code);
    codes.delete(code); // single use, even when refused
    if (!pending) return refuse("invalid_grant", "code");
    if (form.get("redirect_uri") !== pending.redirectUri) return refuse("invalid_grant", "redirect_uri");
    const verifier = form.get("code_verifier") ?? "";
    if (base64url(createHash("sha256").update(verifier).digest()) !== pending.codeChallenge) {
      return refuse("invalid_grant", "code_verifier");
    }

    const accessToken = base64url(randomBytes(24));
    accessTokens.set(accessToken, pending.user);
    const idToken = await new SignJWT({
      email: pending.user.email,
      email_verified: pending.user.email_verified,
      name: pending.user.name,
      ...(pending.nonce ? { nonce: pending.nonce } : {}),
    })
      .setProtectedHeader({ alg: "RS256", kid: KEY_ID })
      .setIssuer(issuer)
      .setAudience(clientId)
      .setSubject(pending.user.sub)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(privateKey);
    sendJson(response, 200, {
      access_token: accessToken,
      token_type: "Bearer",
      expires_in: 300,
      scope: "openid email profile",
      id_token: idToken,
    });
  }

  function userinfo(request: IncomingMessage, response: ServerResponse) {
    const header = request.headers.authorization ?? "";
    const user = header.startsWith("Bearer ") ? accessTokens.get(header.slice(7)) : undefined;
    if (!user) sendJson(response, 401, { error: "invalid_token" });
    else sendJson(response, 200, user);
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", issuer);
    const route = `${request.method} ${url.pathname}`;
    if (route === "GET /.well-known/openid-configuration") {
      sendJson(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        scopes_supported: ["openid", "email", "profile"],
        token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
        code_challenge_methods_supported: ["S256"],
        authorization_response_iss_parameter_supported: true,
      });
    } else if (route === "GET /jwks") sendJson(response, 200, { keys: [jwk] });
    else if (route === "GET /authorize") authorize(url, response);
    else if (route === "POST /token") {
      token(request, response).catch(() => sendJson(response, 500, { error: "server_error" }));
    } else if (route === "GET /userinfo") userinfo(request, response);
    else sendJson(response, 404, { error: "not_found" });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    signInAs(user) {
      currentUser = user;
    },
    authorizeRequests,
    tokenErrors,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The app's environment for `provider`: a generic OpenID Connect provider shown as "Acme SSO". */
export function oidcAppEnv(provider: FakeOidcProvider): Record<string, string> {
  return {
    OIDC_DISCOVERY_URL: provider.discoveryUrl,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_PROVIDER_NAME: "Acme SSO",
  };
}

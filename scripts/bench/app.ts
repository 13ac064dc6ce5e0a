import type { Credentials } from "./load";

/** The same user as a cookie, a JWT from /api/auth/token and a new personal access token. */
export async function bearerCredentials(baseUrl: string, cookie: string): Promise<Record<string, Credentials>> {
  const jwt = (await (await fetch(`${baseUrl}/api/auth/token`, { headers: { cookie } })).json()) as { token: string };
  const created = await fetch(`${baseUrl}/api/trpc/accessToken.create`, {
    method: "POST",
    headers: { cookie, origin: baseUrl, "content-type": "application/json" },
    body: JSON.stringify({ json: { name: "bench", expiresInDays: 7 } }),
  });
  const { result } = (await created.json()) as { result: { data: { json: { token: string } } } };
  return {
    cookie: { cookie },
    JWT: { authorization: `Bearer ${jwt.token}` },
    "access token": { authorization: `Bearer ${result.data.json.token}` },
  };
}

export async function statementCount(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/bench/statements`);
  return ((await response.json()) as { statements: number }).statements;
}

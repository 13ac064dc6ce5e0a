import pg from "pg";
import { afterAll, inject } from "vitest";
import { databaseUrl } from "~tests/setup/postgres";
import { HttpSession } from "./client";

/**
 * Direct SQL on the database of an app started by setupAppServer(): its outbox (the app runs
 * without SMTP, so its mail lands in email_outbox) and any row a test needs to check.
 */
export function appDatabase(app: { databaseName: string }) {
  let client: pg.Client | undefined;
  afterAll(() => client?.end());

  async function db(): Promise<pg.Client> {
    if (!client) {
      client = new pg.Client({ connectionString: databaseUrl(inject("appDatabase").serverUrl, app.databaseName) });
      await client.connect();
    }
    return client;
  }

  return {
    db,
    async query<Row extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<Row[]> {
      return (await (await db()).query<Row>(text, values)).rows;
    },
    /** Mail sent to an address, oldest first. */
    async outbox(to: string): Promise<{ subject: string; text: string }[]> {
      const result = await (await db()).query<{ subject: string; text: string }>(
        'select subject, text from email_outbox where "to" = $1 order by created_at',
        [to],
      );
      return result.rows;
    },
  };
}

/** The owner of `email` resets the password through the emailed link, as the forgot/reset pages do. */
export async function resetPasswordByEmail(
  app: { url: string },
  database: ReturnType<typeof appDatabase>,
  email: string,
  newPassword: string,
): Promise<Response> {
  const anonymous = new HttpSession(app.url);
  const asked = await anonymous.post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" });
  if (asked.status !== 200) throw new Error(`request-password-reset answered ${asked.status}`);
  const mail = (await database.outbox(email)).findLast((sent) => sent.subject === "Reset your Tasklane password");
  const token = linkIn(mail?.text).searchParams.get("token") ?? "";
  return anonymous.post("/api/auth/reset-password", { token, newPassword });
}

/** The first link in an email's text. */
export function linkIn(text: string | undefined): URL {
  const match = /https?:\/\/\S+/.exec(text ?? "");
  if (!match) throw new Error(`no link in: ${text}`);
  return new URL(match[0]);
}

import "server-only";
import { env } from "@/env";
import { log } from "@/server/log";
import { authorizeCron } from "./authorize";

/**
 * A cron route's GET: refuses callers without `Authorization: Bearer $CRON_SECRET`, runs the job, answers
 * its report as JSON (never cached) and logs it when it did something.
 */
export function cronRoute<Report extends { [Key in keyof Report]: number }>(
  name: string,
  job: () => Promise<Report>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = { "cache-control": "no-store" };
    const authorization = authorizeCron(request.headers.get("authorization"), {
      secret: env.CRON_SECRET,
      nodeEnv: env.NODE_ENV,
    });
    if (!authorization.ok) {
      return Response.json({ error: authorization.message }, { status: authorization.status, headers });
    }
    const report = await job();
    if (Object.values<number>(report).some((count) => count > 0)) log.info("cron job done", { job: name, ...report });
    return Response.json(report, { headers });
  };
}

import { env } from "@/env";
import { baseURL } from "@/server/auth/urls";
import { authorizeCron } from "@/server/cron/authorize";
import { db } from "@/server/db";
import { sendEmail } from "@/server/email/send";
import { deliverDueReminders } from "@/server/modules/reminders/deliver";
import { webPushSender } from "@/server/push/send";
import { vapidFromEnv } from "@/server/push/vapid";

export const dynamic = "force-dynamic";

/** Sends the reminders that are due: Vercel Cron (vercel.json, daily) and any faster caller with CRON_SECRET. */
export async function GET(request: Request) {
  const headers = { "cache-control": "no-store" };
  const authorization = authorizeCron(request.headers.get("authorization"), {
    secret: env.CRON_SECRET,
    nodeEnv: env.NODE_ENV,
  });
  if (!authorization.ok) {
    return Response.json({ error: authorization.message }, { status: authorization.status, headers });
  }
  const vapid = vapidFromEnv();
  const report = await deliverDueReminders({
    db,
    sendEmail,
    sendPush: vapid ? webPushSender(vapid) : null,
    baseURL,
  });
  if (report.claimed) console.info("[reminders] delivered", report);
  return Response.json(report, { headers });
}

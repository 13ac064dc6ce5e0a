import { baseURL } from "@/server/auth/urls";
import { cronRoute } from "@/server/cron/route";
import { db } from "@/server/db";
import { sendEmail } from "@/server/email/send";
import { deliverDueReminders } from "@/server/modules/reminders/deliver";
import { webPushSender } from "@/server/push/send";
import { vapidFromEnv } from "@/server/push/vapid";

export const dynamic = "force-dynamic";

/** Sends the reminders that are due: Vercel Cron (vercel.json, daily) and any faster caller with CRON_SECRET. */
export const GET = cronRoute("reminders", () => {
  const vapid = vapidFromEnv();
  return deliverDueReminders({ db, sendEmail, sendPush: vapid ? webPushSender(vapid) : null, baseURL });
});

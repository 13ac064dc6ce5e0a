import { auth } from "@/server/auth/auth";
import { timeZoneOf } from "@/server/auth/time-zone";
import { db } from "@/server/db";
import { exportAccountData, exportFileName } from "@/server/modules/account/export";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

/** "Export my data": the signed-in user's data as a JSON download. */
export async function GET(request: Request) {
  const session = await auth.api.getSession({ headers: request.headers });
  const data = session ? await exportAccountData(db, session.user.id) : null;
  if (!session || !data)
    return Response.json({ error: "Sign in to export your data." }, { status: 401, headers: noStore });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      ...noStore,
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(data.exportedAt, timeZoneOf(session.user))}"`,
    },
  });
}

import { auth } from "@/server/auth/auth";
import { db } from "@/server/db";
import { exportAccountData } from "@/server/modules/account/export";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

/** "Export my data": the signed-in user's data as a JSON download. */
export async function GET(request: Request) {
  const session = await auth.api.getSession({ headers: request.headers });
  const data = session ? await exportAccountData(db, session.user.id) : null;
  if (!data) return Response.json({ error: "Sign in to export your data." }, { status: 401, headers: noStore });
  const day = data.exportedAt.slice(0, 10);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      ...noStore,
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="tasklane-export-${day}.json"`,
    },
  });
}

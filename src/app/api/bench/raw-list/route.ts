import superjson from "superjson";
import { env } from "@/env";
import { auth } from "@/server/auth/auth";
import { db } from "@/server/db";
import { listTasks } from "@/server/modules/tasks/queries";

// The benchmark's baseline: the same session check and the same query as `task.list`, without tRPC.
// It exists only when BENCH=1.

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  if (!env.BENCH) return new Response("Not found", { status: 404 });
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session) return Response.json({ error: "Sign in to continue." }, { status: 401 });
  const page = await listTasks(db, session.user.id, { status: "open", sort: "manual", limit: 50 });
  return Response.json(superjson.serialize(page));
}

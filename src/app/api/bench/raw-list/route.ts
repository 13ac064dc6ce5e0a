import { serialize } from "@/lib/transformer";
import { auth } from "@/server/auth/auth";
import { benchAllowed } from "@/server/bench/access";
import { db } from "@/server/db";
import { listTasks } from "@/server/modules/tasks/queries";

// The benchmark's baseline: the same session check and the same query as `task.list`, without tRPC.
// It exists only when BENCH=1, for a caller with BENCH_SECRET.

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  if (!benchAllowed(request)) return new Response("Not found", { status: 404 });
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session) return Response.json({ error: "Sign in to continue." }, { status: 401 });
  const page = await listTasks(db, session.user.id, { status: "open", sort: "manual", limit: 50 });
  return Response.json(serialize(page));
}

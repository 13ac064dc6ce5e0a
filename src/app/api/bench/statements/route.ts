import { env } from "@/env";
import { statementCount } from "@/server/db";

// How many SQL statements the server has run; the benchmark reads it around one page load. BENCH=1 only.

export const dynamic = "force-dynamic";

export function GET() {
  if (!env.BENCH) return new Response("Not found", { status: 404 });
  return Response.json({ statements: statementCount() }, { headers: { "cache-control": "no-store" } });
}

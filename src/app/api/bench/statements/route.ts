import { benchAllowed } from "@/server/bench/access";
import { statementCount } from "@/server/db";

// How many SQL statements the server has run; the benchmark reads it around one page load.
// BENCH=1 only, for a caller with BENCH_SECRET.

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  if (!benchAllowed(request)) return new Response("Not found", { status: 404 });
  return Response.json({ statements: statementCount() }, { headers: { "cache-control": "no-store" } });
}

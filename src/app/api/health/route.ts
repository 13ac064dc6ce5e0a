import { checkDatabase } from "@/server/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkDatabase();
  const headers = { "cache-control": "no-store" };
  if (health.up) return Response.json({ ok: true, db: "up", latencyMs: health.latencyMs }, { headers });
  return Response.json({ ok: false, db: "down", reason: health.reason }, { status: 503, headers });
}

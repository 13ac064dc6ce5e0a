import { requestIdFrom } from "@/lib/request-id";
import { checkDatabase } from "@/server/db/health";
import { runInRequestScope, serverTiming } from "@/server/request-scope";
import { appVersion } from "@/server/version";

export const dynamic = "force-dynamic";

/**
 * 200 when the database answers and has every migration this build ships; 503 when it is down or
 * behind (pending migrations: this build's queries may fail until `npm run db:migrate` runs).
 */
export function GET(request: Request) {
  return runInRequestScope(requestIdFrom(request.headers), async (scope) => {
    const health = await checkDatabase();
    const headers = {
      "cache-control": "no-store",
      "server-timing": serverTiming(scope),
    };
    const version = appVersion();
    if (!health.up) {
      return Response.json({ ok: false, version, db: "down", reason: health.reason }, { status: 503, headers });
    }
    const { latencyMs, migrations } = health;
    const ok = migrations.pending.length === 0;
    return Response.json({ ok, version, db: "up", latencyMs, migrations }, { status: ok ? 200 : 503, headers });
  });
}

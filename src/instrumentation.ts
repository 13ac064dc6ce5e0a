export async function register() {
  // Open (and, for the embedded PGlite, migrate) the database before the first request.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { databaseReady } = await import("@/server/db");
    await databaseReady();
  }
}

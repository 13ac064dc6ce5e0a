import { spawn } from "node:child_process";
import { inject } from "vitest";
import { databaseUrl } from "./postgres";

/** Runs `npm run db:seed` against an app's database (see setupAppServer), as a developer would. */
export async function runSeed(app: { databaseName: string }): Promise<string> {
  const url = databaseUrl(inject("appDatabase").serverUrl, app.databaseName);
  const child = spawn("npm", ["run", "-s", "db:seed"], {
    env: { ...process.env, DATABASE_URL: url, DATABASE_URL_UNPOOLED: undefined, DATABASE_DRIVER: undefined },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`npm run db:seed exited with ${code}:\n${output}`);
  return output;
}

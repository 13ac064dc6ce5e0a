import "server-only";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Another live process holds the data folder (a running `npm run dev`, say). */
export class DatabaseInUseError extends Error {}

/**
 * Two PGlite instances on one folder lose data silently, so a second process
 * (a second `next dev`, a script) is refused with a clear error instead.
 * Returns the function that releases the lock.
 */
export function acquirePgliteLock(dataDir: string): () => void {
  // Beside the folder, not in it: PGlite initialises into an empty folder.
  const lockFile = `${path.resolve(dataDir)}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      // "wx": created only if absent, so two processes starting together cannot both win.
      writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockFile);
      if (holder === process.pid) break;
      if (holder !== null && isAlive(holder)) {
        throw new DatabaseInUseError(
          `The embedded database in ${dataDir} is in use by process ${holder}. ` +
            "Stop that process first: PGlite allows one process per data folder.",
        );
      }
      // Left by a process that died: take it over (once; a second EEXIST means someone else just did).
      if (attempt > 0) throw new Error(`Could not take the lock ${lockFile}; try again.`);
      rmSync(lockFile, { force: true });
    }
  }
  return () => {
    if (readHolder(lockFile) === process.pid) rmSync(lockFile, { force: true });
  };
}

function readHolder(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
    return Number.isInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

import "server-only";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Two PGlite instances on one folder lose data silently, so a second process
 * (a second `next dev`, a script) is refused with a clear error instead.
 * Returns the function that releases the lock.
 */
export function acquirePgliteLock(dataDir: string): () => void {
  // Beside the folder, not in it: PGlite initialises into an empty folder.
  const lockFile = `${path.resolve(dataDir)}.lock`;
  const holder = readHolder(lockFile);
  if (holder !== null && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${holder}. ` +
        "Stop that process first: PGlite allows one process per data folder.",
    );
  }
  writeFileSync(lockFile, String(process.pid));
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

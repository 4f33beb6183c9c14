import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'jiguan-embedded-postgres.lock';

/** Lock files this process holds: the pid in the file cannot tell two opens in one process apart. */
const held = new Set<string>();

/**
 * Marks a PGlite data directory as in use by this process and returns the release function.
 * PGlite has no postmaster.pid of its own, and two processes on one data directory corrupt it.
 * A lock left by a process that no longer runs is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  const pid = String(process.pid);
  if (held.has(path)) throw new Error(`The embedded database in ${dataDir} is already open in this process.`);
  try {
    writeFileSync(path, pid, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(path, 'utf8').trim());
    if (holder !== process.pid && isRunning(holder)) {
      throw new Error(`The embedded database in ${dataDir} is already in use by process ${holder} (${path}).`);
    }
    writeFileSync(path, pid);
  }
  held.add(path);
  return () => {
    held.delete(path);
    try {
      if (readFileSync(path, 'utf8').trim() === pid) rmSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

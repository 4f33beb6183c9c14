import type { Logger } from '../logger.ts';
import type { Viewer } from './viewer.ts';

/** How often every service reads the session versions again: a lost right is refused within about 2 s. */
export const SESSION_CHECK_MS = 2000;

/** Each account's current session version, for the accounts whose version has been raised. */
export type SessionVersionTable = Readonly<Record<string, number>>;

export interface SessionVersions {
  /** Whether the viewer's token is of the account's current session (not disabled, re-roled or reset since). */
  isCurrent(viewer: Viewer): boolean;
  stop(): void;
}

export interface SessionVersionsOptions {
  /** Reads the table: the directory from its database, everyone else from the directory's /session-versions. */
  load: () => Promise<SessionVersionTable>;
  /** How often the table is read again: a lost right is refused within about this long. */
  intervalMs: number;
  logger: Logger;
}

/**
 * The revocation check every service runs on every request, after the token's signature (and the
 * verified-token cache): a token issued at a lower session version than its account's current one
 * is refused. The table is read once at start and then every `intervalMs`; while the directory
 * cannot be read, the last table read stays in force (and the failure is logged).
 */
export async function watchSessionVersions(options: SessionVersionsOptions): Promise<SessionVersions> {
  let table: SessionVersionTable = {};
  const read = async () => {
    try {
      table = await options.load();
    } catch (error) {
      options.logger.warn('session versions not read; the last ones stay in force', { reason: (error as Error).message });
    }
  };
  await read();
  const timer = setInterval(() => void read(), options.intervalMs);
  timer.unref();
  return {
    isCurrent: (viewer) => viewer.sessionVersion >= (table[viewer.accountId] ?? 0),
    stop: () => clearInterval(timer),
  };
}

/** The directory's own table: the source the others read, kept in its memory so no request or poll costs SQL. */
export interface LocalSessionVersions extends SessionVersions {
  /** Takes the versions read from the database at start. */
  load(table: SessionVersionTable): void;
  /** Records a raised version once its transaction has committed. */
  raise(accountId: string, version: number): void;
  table(): SessionVersionTable;
}

/**
 * The session versions in this process's memory: the directory is the one writer of them, so
 * after the load at start it knows every raise as it commits. (Several directory replicas would
 * each need the others' raises: a shared store such as Redis, not built yet.)
 */
export function localSessionVersions(): LocalSessionVersions {
  let versions: Record<string, number> = {};
  return {
    load: (table) => void (versions = { ...table }),
    raise: (accountId, version) => void (versions[accountId] = Math.max(version, versions[accountId] ?? 0)),
    table: () => ({ ...versions }),
    isCurrent: (viewer) => viewer.sessionVersion >= (versions[viewer.accountId] ?? 0),
    stop: () => {},
  };
}

/** The directory's published table, read over HTTP (`GET <directory>/session-versions`). */
export function sessionVersionsFrom(url: string, timeoutMs = 2000): () => Promise<SessionVersionTable> {
  return async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
    return ((await response.json()) as { versions: SessionVersionTable }).versions;
  };
}

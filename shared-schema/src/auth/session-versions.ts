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
  const stop = await readEvery(options, (read) => void (table = read), 'session versions not read; the last ones stay in force');
  return {
    isCurrent: (viewer) => viewer.sessionVersion >= (table[viewer.accountId] ?? 0),
    stop,
  };
}

/** Reads the table now and then every `intervalMs`, handing each read to `take`; a failed read is logged with `failure` and skipped. Returns the stop. */
async function readEvery({ load, intervalMs, logger }: SessionVersionsOptions, take: (table: SessionVersionTable) => void, failure: string): Promise<() => void> {
  const read = async () => {
    try {
      take(await load());
    } catch (error) {
      logger.warn(failure, { reason: (error as Error).message });
    }
  };
  await read();
  const timer = setInterval(() => void read(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** The directory's own table: the source the others read, kept in its memory so no request or poll costs SQL. */
export interface LocalSessionVersions extends SessionVersions {
  /**
   * Reads the raised versions from the database now and then every `intervalMs`, keeping the higher
   * of each (versions only rise): so a raise another directory replica committed reaches this one.
   */
  watch(options: SessionVersionsOptions): Promise<void>;
  /** Records a raised version once its transaction has committed. */
  raise(accountId: string, version: number): void;
  table(): SessionVersionTable;
}

/**
 * The session versions in this process's memory: each raise this directory commits is in it at
 * once, and the database, which every replica writes, is read again every few seconds for the raises
 * of the others. A service reading any replica's /session-versions so sees every raise within two
 * check intervals.
 */
export function localSessionVersions(): LocalSessionVersions {
  const versions: Record<string, number> = {};
  let stopReading = () => {};
  const raise = (accountId: string, version: number) => void (versions[accountId] = Math.max(version, versions[accountId] ?? 0));
  return {
    async watch(options) {
      const takeHigher = (table: SessionVersionTable) => {
        for (const [accountId, version] of Object.entries(table)) raise(accountId, version);
      };
      stopReading = await readEvery(options, takeHigher, 'session versions not read from the database; the known ones stay in force');
    },
    raise,
    table: () => ({ ...versions }),
    isCurrent: (viewer) => viewer.sessionVersion >= (versions[viewer.accountId] ?? 0),
    stop: () => stopReading(),
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

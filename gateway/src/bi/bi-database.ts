import pg from 'pg';
import type { BiCaller } from './bi-caller.ts';

/** The role every BI read runs as: USAGE on the `bi_*` schemas and SELECT on their views only. */
const BI_ROLE = 'jiguan_bi';

/**
 * `jiguan.bi_unit_ids` narrows only when non-empty (an empty one means "no narrowing"), so a caller
 * scoped to no unit at all is given an id no organisation has: it then sees no unit's rows.
 */
const NO_UNIT = '(none)';

export interface BiDatabaseSettings {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
}

/** One read of a caller: a connection inside a read-only transaction as `jiguan_bi`, scoped to the caller's units. */
export interface BiSession {
  client: pg.PoolClient;
  /** Commits and returns the connection to the pool. */
  finish(): Promise<void>;
  /** Cancels whatever the connection is running (the client went away, the stream failed) and discards the connection. */
  abandon(): Promise<void>;
  /** Calls `listener` if the connection is lost while in use (the server ended it): a cursor would otherwise wait for good. */
  onLost(listener: (error: Error) => void): void;
}

export interface BiDatabase {
  open(caller: BiCaller): Promise<BiSession>;
  /** Runs `read` in a session, finishing it after, abandoning it on a throw. */
  read<T>(caller: BiCaller, read: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

/** The gateway's own pool for the BI views (`BI_DATABASE_URL`), apart from every subgraph's. */
export function createBiDatabase(settings: BiDatabaseSettings): BiDatabase {
  const pool = new pg.Pool({ connectionString: settings.url, max: settings.poolSize });
  // An idle connection the server dropped: the pool replaces it; without a listener Node would exit.
  pool.on('error', () => undefined);
  // PGlite (the embedded PostgreSQL) runs every connection in its one backend, one transaction at a
  // time: pg_cancel_backend there would hit whoever runs now (and wait behind the very transaction
  // it should end), so there only the connection is closed. Asked once, on the first connection.
  let embedded: boolean | undefined;

  const open = async (caller: BiCaller): Promise<BiSession> => {
    const client = await pool.connect();
    try {
      embedded ??= (await client.query<{ version: string }>('SELECT version()')).rows[0]?.version.includes('PGlite') ?? false;
      await client.query('BEGIN READ ONLY');
      await client.query(`SET LOCAL ROLE ${BI_ROLE}`);
      // UTC: timestamps without a zone are read and written as UTC, whatever the server's default.
      await client.query("SELECT set_config('statement_timeout', $1, true), set_config('TimeZone', 'UTC', true)", [String(settings.statementTimeoutMs)]);
      if (caller.unitIds !== null) {
        await client.query("SELECT set_config('jiguan.bi_unit_ids', $1, true)", [caller.unitIds.length > 0 ? caller.unitIds.join(',') : NO_UNIT]);
      }
    } catch (error) {
      client.release(true);
      throw error;
    }
    let done = false;
    let lostListener: ((error: Error) => void) | undefined;
    // A connection that dies while checked out emits 'error' on its client, which must be heard.
    const lost = (error: Error) => lostListener?.(error);
    client.on('error', lost);
    return {
      client,
      onLost(listener) {
        lostListener = listener;
      },
      async finish() {
        if (done) return;
        done = true;
        try {
          await client.query('COMMIT');
          client.off('error', lost);
          client.release();
        } catch (error) {
          client.release(true);
          throw error;
        }
      },
      async abandon() {
        if (done) return;
        done = true;
        const pid = (client as unknown as { processID: number | null }).processID;
        if (pid !== null && embedded === false) {
          await pool.query('SELECT pg_cancel_backend($1)', [pid]).catch(() => undefined);
        }
        client.release(true);
      },
    };
  };

  return {
    open,
    async read(caller, read) {
      const session = await open(caller);
      try {
        const result = await read(session.client);
        await session.finish();
        return result;
      } catch (error) {
        await session.abandon();
        throw error;
      }
    },
    stop: () => pool.end(),
  };
}

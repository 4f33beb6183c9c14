import { mkdirSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';
import { createPglite } from './create-pglite.ts';
import { lockDataDir } from './lock-data-dir.ts';
import { PgliteSessionQueue } from './pglite-session-queue.ts';

export interface EmbeddedPostgresOptions {
  /**
   * Directory of the database files: created and initialised when missing, reopened otherwise.
   * Omitted: a throwaway in-memory database (tests, shadow databases).
   */
  dataDir?: string;
  /** TCP port to listen on. Default 0: any free port (read it from `url` / `port`). */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /**
   * Client connections accepted at once; further ones get SQLSTATE 53300. Default 100, room for the
   * pg pools of every subgraph, the migrator and a psql. Connections are cheap here: they all share
   * PGlite's single session, one message batch or transaction at a time.
   */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  /** Connection string, e.g. postgres://postgres@127.0.0.1:54329/postgres (no password needed). */
  url: string;
  host: string;
  port: number;
  /** Stops listening, ends open connections and closes PGlite so the data directory is consistent. */
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to wasm) and serves it over the PostgreSQL wire protocol, so
 * anything that speaks PostgreSQL (pg, Prisma's adapter, psql) can use it like a server.
 *
 * Limits, being one embedded backend: one database (`postgres`; the database name in a connection
 * string is ignored), one user, and one session shared by all connections: session settings (SET
 * without LOCAL, named prepared statements, temporary tables) are visible to every connection, and
 * while one connection has a transaction open the others wait (do not query from a second connection
 * inside a transaction: that waits forever).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const host = options.host ?? '127.0.0.1';
  const maxConnections = options.maxConnections ?? 100;
  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);

  let releaseLock = (): void => {};
  if (dataDir !== undefined) {
    mkdirSync(dataDir, { recursive: true });
    releaseLock = lockDataDir(dataDir);
  }

  let db: PGlite;
  try {
    db = await createPglite(dataDir);
  } catch (error) {
    releaseLock();
    throw error;
  }

  const queue = new PgliteSessionQueue(db);
  const handlers = new Set<PGLiteSocketHandler>();
  const sockets = new Set<Socket>();
  const server = createServer((socket) => accept(socket));

  function accept(socket: Socket): void {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    if (handlers.size >= maxConnections) {
      // Read and drop the startup message, answer, and hang up even if the client does not.
      socket.resume();
      socket.end(tooManyConnections());
      setTimeout(() => socket.destroy(), 1000).unref();
      return;
    }
    const handler = new PGLiteSocketHandler({
      // The handler only calls enqueue, clearQueueForHandler and clearTransactionIfNeeded.
      queryQueue: queue as unknown as PGLiteSocketHandlerOptions['queryQueue'],
      closeOnDetach: true,
    });
    handlers.add(handler);
    const forget = (): void => {
      handlers.delete(handler);
    };
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    handler.attach(socket).catch(() => {
      forget();
      socket.destroy();
    });
  }

  let port: number;
  try {
    port = await listen(server, options.port ?? 0, host);
  } catch (error) {
    await db.close();
    releaseLock();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      const closed = new Promise<void>((done) => server.close(() => done()));
      await Promise.all([...handlers].map((handler) => handler.detach(true)));
      handlers.clear();
      // The handler leaves sockets it cannot write to open; the server only closes once all are gone.
      for (const socket of sockets) socket.destroy();
      await closed;
      await db.close();
      releaseLock();
    })();
    return stopping;
  };

  return { url: `postgres://postgres@${urlHost(host)}:${port}/postgres`, host, port, stop };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('the server has no TCP address'));
      else resolvePort(address.port);
    });
  });
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** A protocol ErrorResponse (SQLSTATE 53300) so clients report a readable error, not a broken stream. */
function tooManyConnections(): Buffer {
  const fields = ['SFATAL', 'VFATAL', 'C53300', 'Msorry, too many clients already (raise maxConnections)'];
  const body = Buffer.concat([...fields.map((field) => Buffer.from(`${field}\0`)), Buffer.from([0])]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

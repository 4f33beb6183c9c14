/**
 * Runs the embedded PostgreSQL as its own process (the runner spawns it when no DATABASE_URL is set).
 *
 *   node --import tsx tools/embedded-postgres/src/embedded-postgres-main.ts --data-dir .data/pglite --port 54329
 *
 * Options (environment variable in brackets):
 *   --data-dir <dir>          [PGLITE_DATA_DIR]         database files, created if missing; default .data/pglite
 *   --port <n>                [PGLITE_PORT]             default 0: any free port
 *   --host <addr>             [PGLITE_HOST]             default 127.0.0.1
 *   --max-connections <n>     [PGLITE_MAX_CONNECTIONS]  default 100
 *
 * Prints exactly one line `ready postgres://…` on stdout once it accepts connections; everything
 * else goes to stderr. SIGINT/SIGTERM close PGlite cleanly before exiting.
 */
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from './embedded-postgres.ts';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'max-connections': { type: 'string' },
  },
});

const dataDir = values['data-dir'] ?? process.env.PGLITE_DATA_DIR ?? '.data/pglite';
const port = toInteger('port', values.port ?? process.env.PGLITE_PORT ?? '0');
const host = values.host ?? process.env.PGLITE_HOST ?? '127.0.0.1';
const maxConnections = toInteger('max-connections', values['max-connections'] ?? process.env.PGLITE_MAX_CONNECTIONS ?? '100');

const started = performance.now();
const postgres = await startEmbeddedPostgres({ dataDir, port, host, maxConnections }).catch((error: unknown) => {
  console.error(`embedded postgres: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
console.error(`embedded postgres: ${dataDir} open in ${Math.round(performance.now() - started)} ms`);
process.stdout.write(`ready ${postgres.url}\n`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    postgres.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('embedded postgres: unclean stop', error);
        process.exit(1);
      },
    );
  });
}

function toInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`embedded postgres: --${name} must be a non-negative integer, got "${text}"`);
    process.exit(2);
  }
  return value;
}

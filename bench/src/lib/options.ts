/**
 * Settings every benchmark reads from the environment, so a quick run and a careful one use the
 * same commands. Times are seconds.
 */
export interface BenchOptions {
  /** `postgres` (default: the server at BENCH_POSTGRES_URL, a fresh database per run) or `pglite` (embedded). */
  database: 'postgres' | 'pglite';
  /** Server and credentials for the fresh database; its path part is replaced by the run's database name. */
  postgresUrl: string;
  /** Added to every backend port of the bench hub (default 3300: hub 7300–7302…, servers under test 7500–7509), clear of `npm start` and the tests. */
  portOffset: number;
  /** Measured rounds per gateway and operation (default 3); the tables show their median, min and max. */
  rounds: number;
  /** Length of one round (default 10). */
  durationSeconds: number;
  /** Unmeasured load before the first round of each gateway and operation (default 5). */
  warmupSeconds: number;
  /** Concurrent keep-alive connections of the load generator (default 10). */
  connections: number;
  /** Run only these gateways / operations (comma separated names; default all). */
  only: { gateways?: string[]; operations?: string[] };
  /** Which load to send (BENCH_VIEWERS): `same` viewer on every connection, `distinct` viewers, or `both` (default). */
  viewers: 'both' | 'same' | 'distinct';
  /** Accept-Encoding every request sends (BENCH_ACCEPT_ENCODING, e.g. `gzip, deflate, br` as browsers do); default none. */
  acceptEncoding: string | undefined;
  /** Pin the server under test to core 0 and the load generator to core 1 (default on where `taskset` exists). */
  pin: boolean;
}

const list = (value: string | undefined) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

export function benchOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  return {
    database: env.BENCH_DATABASE === 'pglite' ? 'pglite' : 'postgres',
    postgresUrl: env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    portOffset: Number(env.BENCH_PORT_OFFSET ?? 3300),
    rounds: Number(env.BENCH_ROUNDS ?? 3),
    durationSeconds: Number(env.BENCH_DURATION ?? 10),
    warmupSeconds: Number(env.BENCH_WARMUP ?? 5),
    connections: Number(env.BENCH_CONNECTIONS ?? 10),
    only: { gateways: list(env.BENCH_GATEWAYS), operations: list(env.BENCH_OPERATIONS) },
    viewers: env.BENCH_VIEWERS === 'same' || env.BENCH_VIEWERS === 'distinct' ? env.BENCH_VIEWERS : 'both',
    acceptEncoding: env.BENCH_ACCEPT_ENCODING || undefined,
    pin: env.BENCH_PIN !== '0',
  };
}

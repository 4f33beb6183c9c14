import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { countStatements, type StatementCounter } from './count-statements.ts';

export interface PrismaAdapterOptions {
  /** PostgreSQL connection string (a real server or the embedded one). */
  databaseUrl: string;
  /** The subgraph's PostgreSQL schema: Prisma qualifies every table and enum with it. */
  schema: string;
  /**
   * Connections in the pool. Default 10 (pg's default): enough for concurrent requests of one
   * replica; mind the server's limit (embedded: maxConnections 100 shared by all services).
   */
  poolMax?: number;
  /** Shown in pg_stat_activity. Default `jiguan-<schema>`. */
  applicationName?: string;
}

export interface PrismaAdapter {
  /** Pass to `new PrismaClient({ adapter })`. */
  adapter: PrismaPg;
  /** The pg pool behind it; end it (`await pool.end()`) after `prisma.$disconnect()`. */
  pool: pg.Pool;
  /** SQL statements sent through this adapter (see countStatements). */
  statements: StatementCounter;
}

/**
 * The Prisma 7 driver adapter for one subgraph: a pg pool of its own, every query bound to the
 * subgraph's schema through the adapter's `schema` option (Prisma writes "schema"."Table"; no
 * search_path, which PGlite would share between all connections), and a statement counter.
 */
export function createPrismaAdapter(options: PrismaAdapterOptions): PrismaAdapter {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolMax ?? 10,
    application_name: options.applicationName ?? `jiguan-${options.schema}`,
    // Fail a request after 10 s instead of waiting forever for a connection.
    connectionTimeoutMillis: 10_000,
  });
  const statements = countStatements(pool);
  const adapter = new PrismaPg(pool, { schema: options.schema });
  return { adapter, pool, statements };
}

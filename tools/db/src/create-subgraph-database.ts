import type { PrismaPg } from '@prisma/adapter-pg';
import { createPrismaAdapter, type PrismaAdapter } from './create-prisma-adapter.ts';

export interface SubgraphDatabase<TClient> {
  /** The one Prisma client of the process, bound to the subgraph's schema. */
  prisma: TClient;
  /** SQL statements sent so far: for /metrics, the N+1 tests and the benchmarks. */
  sqlStatements: PrismaAdapter['statements'];
  /** Closes the client and its pool, so a script exits at once instead of waiting for idle connections. */
  closeDatabase(): Promise<void>;
}

/**
 * A subgraph's database access from `DATABASE_URL`: its Prisma client (made by `createClient`, so
 * each subgraph keeps its own generated client type), the statement counter and a close function.
 */
export function createSubgraphDatabase<TClient extends { $disconnect(): Promise<void> }>(
  schema: string,
  createClient: (adapter: PrismaPg) => TClient,
  env: NodeJS.ProcessEnv = process.env,
): SubgraphDatabase<TClient> {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded database)');
  const { adapter, pool, statements } = createPrismaAdapter({ databaseUrl, schema });
  const prisma = createClient(adapter);
  return {
    prisma,
    sqlStatements: statements,
    async closeDatabase() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

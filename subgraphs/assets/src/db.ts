import { createPrismaAdapter } from '@jiguan/db/create-prisma-adapter';
import { PrismaClient } from '../prisma/generated/client.ts';

/** The PostgreSQL schema this subgraph owns. */
export const DB_SCHEMA = 'assets';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded database)');

const { adapter, pool, statements } = createPrismaAdapter({ databaseUrl, schema: DB_SCHEMA });

/** The one PrismaClient of the process, bound to the assets schema through the pg adapter. */
export const prisma = new PrismaClient({ adapter });

/** Counts the SQL statements sent, for /metrics, the N+1 tests and the benchmarks. */
export const sqlStatements = statements;

/** Closes the client and its pool, so a script exits at once instead of waiting for idle connections. */
export async function closeDatabase(): Promise<void> {
  await prisma.$disconnect();
  await pool.end();
}

import { createSubgraphDatabase } from '@jiguan/db/create-subgraph-database';
import { quoteIdentifier } from '@jiguan/db/quote-identifier';
import { Prisma, PrismaClient } from '../prisma/generated/client.ts';

/** The PostgreSQL schema this subgraph owns. */
export const DB_SCHEMA = 'finance';

export const { prisma, sqlStatements, closeDatabase } = createSubgraphDatabase(DB_SCHEMA, (adapter) => new PrismaClient({ adapter }));

/** A table of this subgraph's schema for raw SQL, which the adapter does not qualify as it does Prisma's own queries. */
export const table = (model: Prisma.ModelName) => Prisma.raw(`${quoteIdentifier(DB_SCHEMA)}.${quoteIdentifier(model)}`);

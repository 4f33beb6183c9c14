import { createSubgraphDatabase } from '@jiguan/db/create-subgraph-database';
import { PrismaClient } from '../prisma/generated/client.ts';

/** The PostgreSQL schema this subgraph owns. */
export const DB_SCHEMA = 'directory';

export const { prisma, sqlStatements, closeDatabase } = createSubgraphDatabase(DB_SCHEMA, (adapter) => new PrismaClient({ adapter }));

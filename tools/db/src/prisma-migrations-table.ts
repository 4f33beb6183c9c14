import { quoteIdentifier } from './quote-identifier.ts';

/**
 * The bookkeeping table of Prisma Migrate, column for column, so Prisma's own tools (migrate status,
 * migrate deploy, Studio) read what the applier records and the other way round.
 */
export function createPrismaMigrationsTableSql(schema: string): string {
  return `CREATE TABLE IF NOT EXISTS ${prismaMigrationsTable(schema)} (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`;
}

/** Schema-qualified, quoted name of the table. */
export function prismaMigrationsTable(schema: string): string {
  return `${quoteIdentifier(schema)}."_prisma_migrations"`;
}

/** One row of `_prisma_migrations`. */
export interface PrismaMigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

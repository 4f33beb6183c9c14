import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  createPrismaMigrationsTableSql,
  prismaMigrationsTable,
  type PrismaMigrationRow,
} from './prisma-migrations-table.ts';
import { quoteIdentifier } from './quote-identifier.ts';
import { readMigrations, type Migration } from './read-migrations.ts';

export interface ApplyMigrationsOptions {
  /** PostgreSQL connection string (a real server or the embedded one). */
  databaseUrl: string;
  /** PostgreSQL schema the subgraph owns, e.g. `directory`; created if missing. */
  schema: string;
  /** The subgraph's Prisma migrations directory (folders `<timestamp>_<name>/migration.sql`). */
  migrationsDir: string;
  /** Receives one line per step. Default: silent. */
  log?: (line: string) => void;
}

/**
 * Key of `pg_advisory_lock`: the one Prisma Migrate takes, so this applier and Prisma's CLI never run
 * against the same database at once, and two starts of a service wait for each other.
 */
const MIGRATION_LOCK_KEY = 72707369;

/**
 * Applies the pending migrations of one subgraph into its own schema, without the Prisma CLI, and
 * returns the names it applied (empty when the schema is up to date).
 *
 * Each migration runs in one transaction with `SET LOCAL search_path` to the schema (migration SQL
 * is schema-agnostic) and is recorded in that schema's `_prisma_migrations`. Refuses to run when an
 * applied migration's file changed (checksum) or an earlier attempt failed, like Prisma does.
 */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const { schema, log = () => {} } = options;
  const table = prismaMigrationsTable(schema);
  const local = readMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: 'jiguan-migrate' });
  // A dropped connection also rejects the running query; without a listener it would crash the process.
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await inTransaction(client, async () => {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
        await client.query(createPrismaMigrationsTableSql(schema));
      });
      const recorded = await client.query<PrismaMigrationRow>(
        `SELECT * FROM ${table} WHERE rolled_back_at IS NULL ORDER BY started_at, migration_name`,
      );
      refuseUnsafeState(schema, recorded.rows, local, log);

      const done = new Set(recorded.rows.map((row) => row.migration_name));
      const applied: string[] = [];
      for (const migration of local.filter((candidate) => !done.has(candidate.name))) {
        if (await applyOne(client, schema, migration)) {
          log(`${schema}: applied ${migration.name}`);
          applied.push(migration.name);
        }
      }
      if (applied.length === 0) log(`${schema}: up to date (${local.length} migrations)`);
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/** Applies one migration and records it; false when someone else applied it meanwhile. */
async function applyOne(client: pg.Client, schema: string, migration: Migration): Promise<boolean> {
  const table = prismaMigrationsTable(schema);
  await client.query('BEGIN');
  try {
    // Checked again inside the transaction: PGlite shares one session between connections, so the
    // advisory lock does not keep two appliers apart there, but its transactions do.
    const already = await client.query(
      `SELECT 1 FROM ${table} WHERE migration_name = $1 AND rolled_back_at IS NULL`,
      [migration.name],
    );
    if (already.rowCount) {
      await client.query('COMMIT');
      return false;
    }
    await client.query(`SET LOCAL search_path TO ${quoteIdentifier(schema)}`);
    await client.query(withoutTransactionControl(migration.sql));
    await client.query(
      `INSERT INTO ${table} (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK');
    const reason = describeError(error);
    // Recorded like Prisma records a failed migration, so no later start skips past it silently.
    await client.query(
      `INSERT INTO ${table} (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, NULL, $3, $4, NULL, now(), 0)`,
      [randomUUID(), migration.checksum, migration.name, reason],
    );
    throw new Error(
      `Migration ${migration.name} failed in schema "${schema}": ${reason}\n` +
        'Nothing of it was applied (it ran in one transaction). ' +
        resolveHint(schema, migration.name),
      { cause: error },
    );
  }
}

function refuseUnsafeState(
  schema: string,
  recorded: PrismaMigrationRow[],
  local: Migration[],
  log: (line: string) => void,
): void {
  const failed = recorded.find((row) => row.finished_at === null);
  if (failed) {
    throw new Error(
      `Migration ${failed.migration_name} failed earlier in schema "${schema}" ` +
        `(started ${failed.started_at.toISOString()}): ${failed.logs ?? 'no log'}\n` +
        resolveHint(schema, failed.migration_name),
    );
  }
  const byName = new Map(local.map((migration) => [migration.name, migration]));
  for (const row of recorded) {
    const file = byName.get(row.migration_name);
    if (!file) {
      log(`${schema}: warning: ${row.migration_name} is applied but not in the migrations directory`);
    } else if (file.checksum !== row.checksum) {
      throw new Error(
        `Migration ${row.migration_name} was changed after it was applied to schema "${schema}" ` +
          `(checksum ${row.checksum} in the database, ${file.checksum} on disk). ` +
          'Restore the committed migration.sql and put the change in a new migration.',
      );
    }
  }
}

function resolveHint(schema: string, name: string): string {
  return (
    'After fixing the cause, mark the attempt rolled back so the next start retries it:\n' +
    `  UPDATE ${prismaMigrationsTable(schema)} SET rolled_back_at = now() ` +
    `WHERE migration_name = '${name.replaceAll("'", "''")}' AND finished_at IS NULL;`
  );
}

/**
 * Comments out stand-alone `BEGIN;` / `COMMIT;` lines (Prisma writes them around enum rewrites): the
 * migration already runs in a transaction, and an inner COMMIT would end it early, and with it the
 * `SET LOCAL search_path`, so the rest would land in the wrong schema.
 */
function withoutTransactionControl(sql: string): string {
  return sql.replace(/^[ \t]*(BEGIN|COMMIT)[ \t]*;[ \t]*$/gim, '-- $1; (the applier runs each migration in one transaction)');
}

async function inTransaction(client: pg.Client, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = error as Error & { code?: string; detail?: string; hint?: string; position?: string };
  return [
    details.code ? `${details.message} (SQLSTATE ${details.code})` : details.message,
    details.detail ? `detail: ${details.detail}` : '',
    details.hint ? `hint: ${details.hint}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** SQL helpers for tests that run against the embedded (or any) PostgreSQL. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A schema name no other test uses, e.g. `test_apply_1f3a9c`. */
export function uniqueSchema(prefix: string): string {
  return `test_${prefix}_${randomBytes(4).toString('hex')}`;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  await query(url, `DROP SCHEMA IF EXISTS "${schema.replaceAll('"', '""')}" CASCADE`);
}

/** Runs one query on a fresh connection. */
export async function query<Row extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

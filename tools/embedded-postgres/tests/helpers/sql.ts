import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A schema name no other test uses, e.g. `test_concurrency_1f3a9c`. */
export function uniqueSchema(prefix: string): string {
  return `test_${prefix}_${randomBytes(4).toString('hex')}`;
}

/** Drops a schema made by uniqueSchema (its name needs no quoting). */
export function dropSchema(url: string, schema: string): Promise<unknown> {
  return query(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
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

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { quoteIdentifier } from '../../src/quote-identifier.ts';

export interface DatabaseTarget {
  name: string;
  url: string;
}

/** The embedded PostgreSQL always, and the real server of TEST_DATABASE_URL when it is set. */
export function databaseTargets(): DatabaseTarget[] {
  const targets = [{ name: 'embedded PGlite', url: inject('pgliteUrl') }];
  const real = process.env.TEST_DATABASE_URL;
  if (real) targets.push({ name: 'PostgreSQL (TEST_DATABASE_URL)', url: real });
  return targets;
}

/** A schema name no other test uses, e.g. `test_apply_1f3a9c`. */
export function uniqueSchema(prefix: string): string {
  return `test_${prefix}_${randomBytes(4).toString('hex')}`;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
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

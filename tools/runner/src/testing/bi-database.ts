/**
 * Test helpers for the BI views (`tests/bi/`): their columns as the catalogue types them, test
 * logins of the BI role, and sessions as such a login.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTarget } from '@jiguan/embedded-postgres/testing/database-targets';
import type { BiColumnType, BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';

/** information_schema's data types as the catalogue names them. */
export const COLUMN_TYPES: Record<string, BiColumnType> = {
  text: 'text',
  'character varying': 'text',
  integer: 'integer',
  smallint: 'integer',
  bigint: 'bigint',
  numeric: 'decimal',
  boolean: 'boolean',
  date: 'date',
  'timestamp without time zone': 'timestamp',
  'timestamp with time zone': 'timestamp',
};

export interface ViewColumn {
  name: string;
  /** The catalogue's type, or `unmapped <data_type>` for a type it has none for. */
  type: string;
}

/** A view's columns in order, from information_schema (what BI tools read too). */
export async function viewColumns(client: pg.ClientBase, view: string): Promise<ViewColumn[]> {
  const [schema, name] = view.split('.');
  const { rows } = await client.query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns
      WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`,
    [schema, name],
  );
  return rows.map((row) => ({ name: row.column_name, type: COLUMN_TYPES[row.data_type] ?? `unmapped ${row.data_type}` }));
}

/** The catalogue's columns in the same shape. */
export const catalogueColumns = (dataset: BiDataset): ViewColumn[] => dataset.columns.map(({ name, type }) => ({ name, type }));

/** The columns naming a unit a row belongs to: `unit_code` and every `<role>_unit_code`. */
export const unitCodeColumns = (dataset: BiDataset): string[] =>
  dataset.columns.map((column) => column.name).filter((name) => name === 'unit_code' || name.endsWith('_unit_code'));

/** A row's key, from the dataset's key columns. */
export const rowKey = (dataset: BiDataset, row: Record<string, unknown>): string => dataset.keyColumns.map((column) => String(row[column])).join('|');

export interface BiLogin {
  name: string;
  password: string;
  /** Drops the role and its row in bi_directory.logins. */
  drop(): Promise<void>;
}

/**
 * A PostgreSQL login IN ROLE jiguan_bi, as an admin creates one for a BI consumer, with its row in
 * bi_directory.logins: `unitIds` null sees every unit.
 */
export async function createBiLogin(url: string, unitIds: string[] | null): Promise<BiLogin> {
  const name = `bi_test_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  await superuserQuery(url, async (client) => {
    await client.query(`CREATE ROLE ${name} LOGIN PASSWORD '${password}' IN ROLE jiguan_bi`);
    await client.query('INSERT INTO bi_directory.logins (login_name, unit_ids) VALUES ($1, $2)', [name, unitIds]);
  });
  return {
    name,
    password,
    drop: () =>
      superuserQuery(url, async (client) => {
        await client.query('DELETE FROM bi_directory.logins WHERE login_name = $1', [name]);
        await client.query(`DROP ROLE ${name}`);
      }),
  };
}

export interface BiSession {
  /** Runs a statement; its failure is the test's. */
  query<Row extends pg.QueryResultRow = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<Row[]>;
  /** Runs a statement that must fail and returns its SQLSTATE (undefined when it did not fail). */
  refusal(sql: string): Promise<string | undefined>;
}

/**
 * Runs `work` as the login `name`, in one transaction rolled back afterwards (opened READ WRITE,
 * so what is refused is refused by privileges, not by a read-only default). On PostgreSQL it
 * connects as the login; the embedded PGlite has one user and one session, so there it takes the
 * session over with SET SESSION AUTHORIZATION (which also sets session_user, what the scope reads).
 */
export async function withBiSession<T>(target: DatabaseTarget, login: { name: string; password: string }, work: (session: BiSession) => Promise<T>): Promise<T> {
  const url = new URL(target.url);
  if (!target.embedded) {
    url.username = login.name;
    url.password = login.password;
  }
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const owner = target.embedded ? (await client.query<{ name: string }>('SELECT session_user AS name')).rows[0]!.name : '';
  try {
    await client.query('BEGIN READ WRITE');
    if (target.embedded) await client.query(`SET LOCAL SESSION AUTHORIZATION ${login.name}`);
    let savepoints = 0;
    const inSavepoint = async <Row extends pg.QueryResultRow>(sql: string, values?: unknown[]) => {
      const savepoint = `s${(savepoints += 1)}`;
      await client.query(`SAVEPOINT ${savepoint}`);
      try {
        const result = await client.query<Row>(sql, values);
        await client.query(`RELEASE SAVEPOINT ${savepoint}`);
        return result.rows;
      } catch (error) {
        await client.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
        throw error;
      }
    };
    return await work({
      query: inSavepoint,
      refusal: async (sql) => {
        try {
          await inSavepoint(sql);
          return undefined;
        } catch (error) {
          return (error as { code?: string }).code ?? 'no SQLSTATE';
        }
      },
    });
  } finally {
    await client.query('ROLLBACK');
    // PGlite may keep the session's authorization past ROLLBACK, and RESET may not restore it
    // (PostgreSQL does both): set its own user back, or every other test would run as the login.
    if (target.embedded) await client.query(`SET SESSION AUTHORIZATION ${owner}`);
    await client.end();
  }
}

/** Runs `work` on a connection as the target's own (super)user. */
export async function superuserQuery<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

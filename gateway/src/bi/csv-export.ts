import type { Readable } from 'node:stream';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { ExportQuery } from './export-query.ts';

/** Excel reads a CSV as UTF-8 (and the Chinese in it right) only when it starts with a byte order mark. */
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The rows as CSV with a header row of the column names, written by PostgreSQL itself (COPY). */
export function csvExport(client: pg.PoolClient, query: ExportQuery): Readable {
  return client.query(copyTo(`COPY (${query.sql}) TO STDOUT WITH (FORMAT csv, HEADER true)`));
}

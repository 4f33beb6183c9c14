import { pipeline, Transform, type Readable } from 'node:stream';
import type pg from 'pg';
import QueryStream from 'pg-query-stream';
import XLSXTransformStream from 'xlsx-write-stream';
import { BiHttpError } from './bi-http-error.ts';
import { excelValue, RAW_TEXT_TYPES } from './column-values.ts';
import type { ExportQuery } from './export-query.ts';

/** Excel's sheet holds 1,048,576 rows; one is the header row. */
export const XLSX_MAX_DATA_ROWS = 1_048_575;

/** Refuses (413) an export Excel could not open whole, before a byte is sent; pointing to CSV. */
export async function checkXlsxRowCount(client: pg.PoolClient, query: ExportQuery): Promise<void> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM (${query.unordered}) q`);
  const count = Number(rows[0]?.n ?? 0);
  if (count > XLSX_MAX_DATA_ROWS) {
    throw new BiHttpError(
      413,
      'TOO_MANY_ROWS',
      `该导出有 ${count} 行，超过 Excel 工作表的上限 ${XLSX_MAX_DATA_ROWS} 行：请改用 CSV（同一地址把 .xlsx 换成 .csv），或用 columns、unit、from、to、since 缩小范围`,
    );
  }
}

/**
 * The rows as one XLSX sheet (a header row of the column names first), read through a cursor and
 * written by xlsx-write-stream, whose memory stays flat however many rows pass; numbers and dates
 * get a number format, so Excel shows dates as dates.
 */
export function xlsxExport(client: pg.PoolClient, query: ExportQuery): Readable {
  const rows = client.query(new QueryStream(query.sql, [], { batchSize: 2000, rowMode: 'array', types: RAW_TEXT_TYPES }));
  let header = false;
  const toCells = new Transform({
    objectMode: true,
    transform(row: (string | null)[], _encoding, done) {
      if (!header) {
        header = true;
        this.push(query.columns.map((c) => c.name));
      }
      done(null, row.map((raw, i) => excelValue(raw, query.columns[i]?.type ?? 'text')));
    },
    flush(done) {
      if (!header) this.push(query.columns.map((c) => c.name));
      done();
    },
  });
  return pipeline(rows, toCells, new XLSXTransformStream({ shouldFormat: true }), () => undefined);
}

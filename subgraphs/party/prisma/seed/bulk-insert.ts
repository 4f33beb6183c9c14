/**
 * One INSERT … SELECT FROM unnest(…) of many rows, one array parameter a column: for the seed's two
 * big tables (dues payments, meeting attendance), which createMany sends as thousands of
 * parameters that the embedded PGlite parses several times slower.
 */
import { Prisma } from '../generated/client.ts';
import { quoteIdentifier } from '@jiguan/db/quote-identifier';
import type { PrismaClient } from '../generated/client.ts';

type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
export type ColumnType = 'text' | 'date' | 'numeric' | 'boolean' | 'timestamp';

const value = (v: unknown, type: ColumnType): unknown => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return type === 'date' ? v.toISOString().slice(0, 10) : v.toISOString();
  return type === 'numeric' ? String(v) : v;
};

/** Inserts `rows` into the party schema's table of `model`, the named columns of each row. */
export async function insertRows<Row extends object>(tx: Tx, model: Prisma.ModelName, rows: readonly Row[], columns: { [K in keyof Row]?: ColumnType }): Promise<void> {
  if (rows.length === 0) return;
  const entries = Object.entries(columns) as [keyof Row & string, ColumnType][];
  const names = Prisma.raw(entries.map(([name]) => quoteIdentifier(name)).join(', '));
  const arrays = entries.map(([name, type]) => Prisma.sql`${rows.map((row) => value(row[name], type))}::${Prisma.raw(type)}[]`);
  await tx.$executeRaw`INSERT INTO ${Prisma.raw(`party.${quoteIdentifier(model)}`)} (${names}) SELECT * FROM unnest(${Prisma.join(arrays)})`;
}

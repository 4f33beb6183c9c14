import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import { quoteIdentifier } from '@jiguan/db/quote-identifier';
import { Prisma } from '../generated/client.ts';

/**
 * Splits `totalCents` into `parts` amounts of at least `minCents` that add up to it exactly, skewed
 * the way payments are (many small, a few large): weights e^(skew·u). Integer cents throughout.
 */
export function skewedSplit(random: SeededRandom, totalCents: number, parts: number, minCents: number, skew = 4): number[] {
  const spare = totalCents - parts * minCents;
  if (spare < 0) throw new Error(`cannot split ${totalCents} into ${parts} parts of at least ${minCents}`);
  const weights = Array.from({ length: parts }, () => Math.exp(skew * random.next()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => minCents + Math.floor((spare * w) / sum));
  let rest = totalCents - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts, rest -= 1) shares[i] = (shares[i] ?? 0) + 1;
  return shares;
}

/** Cents as a DECIMAL literal: 12345 → "123.45". */
export const yuan = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** A Shanghai working-day instant of a year: day `dayOfYear` (0-based, weekends moved to Friday), at hh:mm local. */
export function workingInstant(year: number, dayOfYear: number, hour: number, minute: number): Date {
  const day = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  const weekday = day.getUTCDay();
  const back = weekday === 6 ? 1 : weekday === 0 ? 2 : 0;
  return new Date(Date.UTC(year, 0, 1 + dayOfYear - back, hour - 8, minute));
}

/** Inserts rows with createMany in batches (PGlite takes big batches well; one statement a batch). */
export async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>, size = 4000): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Inserts many rows of a table in few statements: each batch one INSERT … SELECT from
 * jsonb_populate_recordset, one parameter a batch (Prisma's createMany binds every value, which
 * made the 27,000 payments take most of the seed). Every column is given (or NULL): no DB default
 * applies, so the rows carry their ids.
 */
export async function insertRows(tx: Prisma.TransactionClient, model: Prisma.ModelName, rows: readonly object[], size = 10_000): Promise<void> {
  const target = Prisma.raw(`${quoteIdentifier('finance')}.${quoteIdentifier(model)}`);
  for (let i = 0; i < rows.length; i += size) {
    await tx.$executeRaw`INSERT INTO ${target} SELECT * FROM jsonb_populate_recordset(NULL::${target}, ${JSON.stringify(rows.slice(i, i + size))}::jsonb)`;
  }
}

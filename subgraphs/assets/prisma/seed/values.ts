/** Dates, exact money and random picks for the seed. */
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';

/** A calendar date as the `@db.Date` columns hold it (UTC midnight). */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The ISO day (yyyy-mm-dd) of a `@db.Date` value. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The later of two ISO days. */
export const laterDay = (a: string, b: string) => (a > b ? a : b);

/** A day `offset` days after `start`. */
export const addDays = (start: Date, offset: number) => new Date(start.getTime() + offset * 86_400_000);

/** A random day in [from, to]. */
export const dayBetween = (random: SeededRandom, from: string, to: string) => {
  const first = day(from);
  return addDays(first, random.int(0, Math.round((day(to).getTime() - first.getTime()) / 86_400_000)));
};

/** Integer cents as the decimal string Prisma stores exactly, e.g. 123450 → "1234.50". */
export const yuan = (cents: number) => {
  if (!Number.isInteger(cents) || cents < 0) throw new Error(`not a non-negative number of cents: ${cents}`);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
};

/**
 * Per-piece prices (cents) for lots of `quantities`, shaped like `roughPrices` and scaled so that
 * Σ quantity × price is exactly `totalCents`. The last lot must hold one piece: it takes the few
 * cents rounding leaves over, which is how a published total comes out of the rows to the cent.
 */
export function exactPrices(quantities: readonly number[], roughPrices: readonly number[], totalCents: number): number[] {
  const last = quantities.length - 1;
  if (quantities[last] !== 1) throw new Error('the last lot must hold one piece');
  const roughTotal = quantities.reduce((sum, quantity, i) => sum + quantity * (roughPrices[i] ?? 0), 0);
  const scale = totalCents / roughTotal;
  const prices = roughPrices.map((price) => Math.max(1, Math.floor(price * scale)));
  const others = quantities.slice(0, last).reduce((sum, quantity, i) => sum + quantity * (prices[i] ?? 0), 0);
  prices[last] = totalCents - others;
  if ((prices[last] ?? 0) <= 0) throw new Error('cannot reach the total with these lots');
  return prices;
}

/** `count` quantities of at least 1 adding up to `pieces`, the last one being 1 (see exactPrices). */
export function lotQuantities(random: SeededRandom, pieces: number, count: number): number[] {
  return [...random.split(pieces - 1, count - 1), 1];
}

/** `items[index]`, for indexes known to exist. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index} of ${items.length}`);
  return item;
}

/** `items` in a random order. */
export function shuffled<T>(random: SeededRandom, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [nth(copy, j), nth(copy, i)];
  }
  return copy;
}

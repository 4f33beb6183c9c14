import { Prisma } from '../../prisma/generated/client.ts';

/**
 * An amount in yuan as the work report writes it: in 万元 (10,000) or 亿元 (100,000,000) to a
 * number of decimals, rounded half up, e.g. `reportRounded('1440356218.47', 'YI', 1)` → "14.4".
 * Decimal arithmetic, never a float.
 */
export function reportRounded(yuan: string, unit: 'WAN' | 'YI', places: number): string {
  const divisor = unit === 'WAN' ? 10_000 : 100_000_000;
  return new Prisma.Decimal(yuan).dividedBy(divisor).toDecimalPlaces(places, Prisma.Decimal.ROUND_HALF_UP).toFixed(places);
}

/** A count as the report writes it in 万 (2.72 万次): to `places` decimals, half up. */
export function reportRoundedCount(count: number, places = 2): string {
  return new Prisma.Decimal(count).dividedBy(10_000).toDecimalPlaces(places, Prisma.Decimal.ROUND_HALF_UP).toFixed(places);
}

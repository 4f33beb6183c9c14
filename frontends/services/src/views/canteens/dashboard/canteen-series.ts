import { Sitting } from '../../../generated/graphql';
import { sumDecimals, subtractDecimals } from '../decimal-arithmetic';
import type { DinersRow, KitchenWasteRow, PurchaseRow, WasteSampleRow } from './canteen-series-query';

/*
 * The dashboard's series from the rows, exactly: counts as integers, grams as integers (the waste
 * line compared without division), kilograms and yuan as decimals summed with BigInt.
 */

/** The line under which a day's waste coefficient counts as good (S2; the subgraph's WASTE_COEFFICIENT_LINE). */
export const WASTE_COEFFICIENT_LINE = 0.2;

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** Diners of each day with any count, per sitting (breakfast, lunch, dinner) and in all. */
export function dinersByDay(rows: readonly DinersRow[]): { days: string[]; sittings: Record<Sitting, number[]>; totals: number[] } {
  const days = sorted(rows.map((row) => row.servedOn));
  const index = new Map(days.map((day, i) => [day, i]));
  const sittings = Object.fromEntries(Object.values(Sitting).map((sitting) => [sitting, days.map(() => 0)])) as Record<Sitting, number[]>;
  const totals = days.map(() => 0);
  for (const row of rows) {
    const i = index.get(row.servedOn)!;
    sittings[row.sitting][i]! += row.diners;
    totals[i]! += row.diners;
  }
  return { days, sittings, totals };
}

/** One sampled day: the grams of its samples and its waste coefficient (浪费系数 = leftover ÷ served). */
export interface SampledDay {
  day: string;
  servedGrams: number;
  leftoverGrams: number;
  /** Rounded to 4 decimals, as the subgraph gives a sample's; for drawing and showing. */
  coefficient: number;
  /** Below 0.2, decided on the grams (5 × leftover < served), not on the rounded coefficient. */
  belowLine: boolean;
}

/** The waste coefficient of each sampled day: the day's leftovers over the day's servings (several samples a day add up). */
export function wasteCoefficientByDay(samples: readonly WasteSampleRow[]): SampledDay[] {
  const grams = new Map<string, { served: number; leftover: number }>();
  for (const sample of samples) {
    const day = grams.get(sample.sampledOn) ?? { served: 0, leftover: 0 };
    day.served += sample.servedGrams;
    day.leftover += sample.leftoverGrams;
    grams.set(sample.sampledOn, day);
  }
  return sorted(grams.keys()).map((day) => {
    const { served, leftover } = grams.get(day)!;
    return { day, servedGrams: served, leftoverGrams: leftover, coefficient: Math.round((leftover * 10_000) / served) / 10_000, belowLine: leftover * 5 < served };
  });
}

/** How many sampled days were below the line, and their share (null without sampled days). */
export function daysBelowLine(days: readonly SampledDay[]): { below: number; sampled: number; share: number | null } {
  const below = days.filter((day) => day.belowLine).length;
  return { below, sampled: days.length, share: days.length ? below / days.length : null };
}

/** The sum of a decimal column in each of `months` (`YYYY-MM`), "0…" for a month without rows. */
function byMonth<TRow>(rows: readonly TRow[], months: readonly string[], dayOf: (row: TRow) => string, valueOf: (row: TRow) => string, places: number): string[] {
  const values = new Map<string, string[]>(months.map((month) => [month, []]));
  for (const row of rows) values.get(dayOf(row).slice(0, 7))?.push(valueOf(row));
  return months.map((month) => sumDecimals(values.get(month)!, places));
}

/** Kitchen waste (餐厨垃圾) weighed in each month, kilograms with 1 decimal. */
export function kitchenWasteByMonth(weighings: readonly KitchenWasteRow[], months: readonly string[]): string[] {
  return byMonth(weighings, months, (row) => row.weighedOn, (row) => row.kilograms, 1);
}

/** Ingredient purchases (食材采购) of each month, yuan with 2 decimals. */
export function purchasesByMonth(purchases: readonly PurchaseRow[], months: readonly string[]): string[] {
  return byMonth(purchases, months, (row) => row.purchasedOn, (row) => row.amount, 2);
}

/** The months' purchases beside the same months a year before, their totals and how much less was spent (negative: more). */
export interface PurchaseComparison {
  current: string[];
  previous: string[];
  currentTotal: string;
  previousTotal: string;
  /** previous − current: what the canteen saved. */
  saved: string;
}

export function comparePurchases(current: readonly PurchaseRow[], previous: readonly PurchaseRow[], months: readonly string[], previousMonths: readonly string[]): PurchaseComparison {
  const currentByMonth = purchasesByMonth(current, months);
  const previousByMonth = purchasesByMonth(previous, previousMonths);
  const currentTotal = sumDecimals(currentByMonth, 2);
  const previousTotal = sumDecimals(previousByMonth, 2);
  return { current: currentByMonth, previous: previousByMonth, currentTotal, previousTotal, saved: subtractDecimals(previousTotal, currentTotal, 2) };
}

import { Prisma } from '../../prisma/generated/client.ts';

/**
 * The Party dues brackets on the declared monthly income (中共中央组织部《关于中国共产党党费收缴、
 * 使用和管理的规定》): up to 3,000 yuan 0.5 %, above 3,000 up to 5,000 1 %, above 5,000 up to
 * 10,000 1.5 %, above 10,000 2 %. Each upper bound belongs to its bracket.
 */
const BRACKETS: readonly { upTo: number | null; rate: string }[] = [
  { upTo: 3_000, rate: '0.005' },
  { upTo: 5_000, rate: '0.01' },
  { upTo: 10_000, rate: '0.015' },
  { upTo: null, rate: '0.02' },
];

/** The rate of a monthly income. */
export function duesRate(monthlyIncome: Prisma.Decimal): Prisma.Decimal {
  const bracket = BRACKETS.find(({ upTo }) => upTo === null || monthlyIncome.lte(upTo)) ?? BRACKETS[BRACKETS.length - 1]!;
  return new Prisma.Decimal(bracket.rate);
}

/** The dues of a month: income × rate, to the fen (rounded half up). */
export function monthlyDues(monthlyIncome: Prisma.Decimal): Prisma.Decimal {
  return monthlyIncome.mul(duesRate(monthlyIncome)).toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);
}

/** The first day of a date's month (UTC, like the `@db.Date` columns). */
export const monthStart = (date: Date): Date => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));

/**
 * The months of `year` a member owes: from the month they joined (or January) up to the current
 * month (or December of a past year), without a payment. At most 12.
 */
export function unpaidMonths(year: number, member: { joinedOn: Date }, paidMonths: readonly Date[], today: Date): Date[] {
  const paid = new Set(paidMonths.map((month) => monthStart(month).getTime()));
  const first = Math.max(Date.UTC(year, 0, 1), monthStart(member.joinedOn).getTime());
  const last = Math.min(Date.UTC(year, 11, 1), monthStart(today).getTime());
  const months: Date[] = [];
  for (let month = 0; month < 12; month += 1) {
    const start = Date.UTC(year, month, 1);
    if (start >= first && start <= last && !paid.has(start)) months.push(new Date(start));
  }
  return months;
}

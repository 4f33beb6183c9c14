import { hasRole, type Viewer } from '@jiguan/shared-schema/auth/viewer';
import { Prisma } from '../../prisma/generated/client.ts';
import { FINANCE_WRITERS } from './access.ts';

/** The idle months a clean-up may name: 1–120. */
export const IDLE_MONTHS_RANGE = { min: 1, max: 120 } as const;

/** The instant `months` calendar months before `now`: a card with no activity since is idle. */
export function idleBefore(now: Date, months: number): Date {
  const at = new Date(now);
  at.setUTCMonth(at.getUTCMonth() - months);
  return at;
}

/** The total of balances, in decimals. */
export const totalOf = (amounts: readonly (Prisma.Decimal | string)[]) => amounts.reduce<Prisma.Decimal>((sum, amount) => sum.plus(amount), new Prisma.Decimal(0));

/** Who may read a card's balance and movements: finance staff and admins, and the card's person. */
export const maySeeBalance = (viewer: Viewer | null, card: { personId: string }) =>
  viewer !== null && (hasRole(viewer, ...FINANCE_WRITERS) || (viewer.personId !== null && viewer.personId === card.personId));

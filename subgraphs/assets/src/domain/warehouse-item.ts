import type { Prisma } from '../../prisma/generated/client.ts';
import type { IssueKind, ItemState } from '../../prisma/generated/enums.ts';

/**
 * The state of a lot after its counts changed: LISTED while pieces are free to request, RESERVED
 * while the last ones are held by pending requests, ALLOCATED once every piece has gone out.
 * DISPOSED is set by the disposal that empties the lot, never derived.
 */
export function itemStateFor(counts: { availableQuantity: number; reservedQuantity: number }): Exclude<ItemState, 'DISPOSED'> {
  if (counts.availableQuantity > 0) return 'LISTED';
  return counts.reservedQuantity > 0 ? 'RESERVED' : 'ALLOCATED';
}

/** What a disposal may take: the free pieces of a lot nobody is waiting for. */
export function disposableQuantity(item: { state: ItemState; availableQuantity: number; reservedQuantity: number }): number {
  return item.state === 'DISPOSED' || item.reservedQuantity > 0 ? 0 : item.availableQuantity;
}

/**
 * Value and savings of pieces leaving the warehouse: they go out at their original value (原值, as
 * state assets are counted), and a reallocation saves the receiving unit the price of buying them new.
 */
export function issueAmounts(
  item: { originalValue: Prisma.Decimal; newPrice: Prisma.Decimal },
  quantity: number,
  kind: IssueKind,
): { value: Prisma.Decimal; savings: Prisma.Decimal } {
  return {
    value: item.originalValue.mul(quantity),
    savings: kind === 'REALLOCATION' ? item.newPrice.mul(quantity) : item.newPrice.mul(0),
  };
}

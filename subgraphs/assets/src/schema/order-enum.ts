import { builder } from '../builder.ts';

/**
 * An enum of the orders a list offers, each backed by its Prisma `orderBy` (which should end in a
 * unique column, so pages are stable). The first entry is the default.
 */
export function orderEnum<TOrderBy, TKey extends string>(name: string, orders: Record<TKey, TOrderBy>) {
  const keys = Object.keys(orders) as TKey[];
  const ref = builder.enumType(name, { values: keys });
  return {
    ref,
    defaultValue: keys[0] as TKey,
    orderBy: (key: TKey | null | undefined): TOrderBy => orders[key ?? (keys[0] as TKey)],
  };
}

import type { EnumRef, SchemaTypes } from '@pothos/core';

/** What the order enum needs of a subgraph's builder. */
interface EnumBuilder<Types extends SchemaTypes> {
  enumType<const Values extends readonly string[]>(name: string, options: { values: Values; description?: string }): EnumRef<Types, Values[number], Values[number]>;
}

/**
 * An enum of the orders a list offers, each backed by its Prisma `orderBy` (which should end in a
 * unique column, so pages are stable). The first entry is the default.
 */
export function orderEnum<Types extends SchemaTypes, TOrderBy, TKey extends string>(builder: EnumBuilder<Types>, name: string, orders: Record<TKey, TOrderBy>) {
  const keys = Object.keys(orders) as TKey[];
  const ref = builder.enumType(name, { values: keys as readonly TKey[], description: `The orders of the list; default ${keys[0]}` });
  return {
    ref,
    defaultValue: keys[0] as TKey,
    orderBy: (key: TKey | null | undefined): TOrderBy => orders[key ?? (keys[0] as TKey)],
  };
}

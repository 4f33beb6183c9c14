/** A Prisma Decimal (decimal.js) as the hub reads it. */
interface DecimalValue {
  toFixed(digits: number): string;
}

/**
 * The resolver of a Decimal column: its exact string with a fixed number of decimals, e.g.
 * "337200.00" (Prisma's Decimal drops trailing zeros; money and areas keep two, and nothing goes
 * through a float): `bookValue: t.field({ type: 'Decimal', resolve: decimalColumn('bookValue') })`.
 * `places` is the column's scale (default 2: yuan, m²).
 */
export function decimalColumn<const TName extends string>(name: TName, places = 2) {
  return (row: Readonly<Record<TName, DecimalValue>>): string => row[name].toFixed(places);
}

/** {@link decimalColumn} of a column that may be null. */
export function nullableDecimalColumn<const TName extends string>(name: TName, places = 2) {
  return (row: Readonly<Record<TName, DecimalValue | null>>): string | null => row[name]?.toFixed(places) ?? null;
}

/*
 * Sums and differences of the hub's Decimal strings, exactly: each value as a BigInt count of its
 * smallest unit (分 for yuan, 0.1 kg for kitchen waste), never as a float. The kit formats decimals
 * (`formatDecimal`, `formatTenThousands`) but has no arithmetic; these belong there once a second
 * remote needs them.
 */

const decimalPattern = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "1234.5" with 2 places → 123450n. Fails on text that is not a decimal of at most `places` decimals (a bug, not input). */
export function toScaled(value: string, places: number): bigint {
  const match = decimalPattern.exec(value);
  if (!match) throw new Error(`not a decimal: ${value}`);
  const [, sign, whole = '0', fraction = ''] = match;
  if (fraction.length > places) throw new Error(`${value} has more than ${places} decimals`);
  const scaled = BigInt(whole + fraction.padEnd(places, '0'));
  return sign ? -scaled : scaled;
}

/** 123450n with 2 places → "1234.50". */
export function fromScaled(scaled: bigint, places: number): string {
  const sign = scaled < 0n ? '-' : '';
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(places + 1, '0');
  if (places === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** The exact sum of decimals of at most `places` decimals, with `places` decimals ("0.00" for none). */
export function sumDecimals(values: readonly string[], places: number): string {
  return fromScaled(values.reduce((total, value) => total + toScaled(value, places), 0n), places);
}

/** `minuend − subtrahend`, exactly, with `places` decimals. */
export function subtractDecimals(minuend: string, subtrahend: string, places: number): string {
  return fromScaled(toScaled(minuend, places) - toScaled(subtrahend, places), places);
}

/** Kilograms (up to 3 decimals) as tonnes with `places` decimals, rounded half up: "541234.5" → "541.23". */
export function kilogramsAsTonnes(kilograms: string, places = 2): string {
  const grams = toScaled(kilograms, 3);
  const divisor = 10n ** BigInt(6 - places);
  const half = divisor / 2n;
  const rounded = grams < 0n ? -((-grams + half) / divisor) : (grams + half) / divisor;
  return fromScaled(rounded, places);
}

/*
 * Display of the hub's Decimal scalar (an exact decimal string, e.g. "56400.00"). Money is never a
 * float: amounts are formatted as text, and scaled (万元) with integer arithmetic on BigInt.
 */

const decimalPattern = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "1462600.5" → "1,462,600.5"; anything that is not a plain decimal is returned as it is. */
export function formatDecimal(value: string): string {
  const match = decimalPattern.exec(value);
  if (!match) return value;
  const [, sign, whole = '0', fraction] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** Yuan as 万元 with two decimals, rounded half up: "747784400.00" → "74,778.44". */
export function formatTenThousands(value: string): string {
  const match = decimalPattern.exec(value);
  if (!match) return value;
  const [, sign, whole = '0', fraction = ''] = match;
  // In hundredths of a yuan (分), then in hundredths of 万元, rounding at the dropped digits.
  const cents = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  const scaled = (cents + 5_000n) / 10_000n;
  const text = `${scaled / 100n}.${String(scaled % 100n).padStart(2, '0')}`;
  return `${sign && scaled > 0n ? '-' : ''}${formatDecimal(text)}`;
}

/** For drawing a chart only: the (possibly grouped) decimal as a number; labels show the exact text. */
export function chartNumber(value: string): number {
  return Number(value.replaceAll(',', ''));
}

/**
 * What the audit keeps of a row: its own columns, without the relations a read loaded with it
 * (a disposal's steps, the caller's nested selection). Decimals and dates are columns too.
 */
export function auditSnapshot(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => isColumnValue(value)));
}

function isColumnValue(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  // A list column (roles) holds values; a loaded list relation holds rows.
  if (Array.isArray(value)) return value.every(isColumnValue);
  if (value instanceof Date) return true;
  // Prisma's Decimal (decimal.js): an object with its own number methods.
  return typeof (value as { toFixed?: unknown }).toFixed === 'function';
}

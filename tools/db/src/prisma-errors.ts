/**
 * A unique index refused the write (Prisma's P2002). Checked by code and class name rather than
 * `instanceof`, since every subgraph has its own generated client.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && error.name === 'PrismaClientKnownRequestError' && (error as { code?: unknown }).code === 'P2002';
}

/**
 * An exclusion constraint refused the write (SQLSTATE 23P01: two bookings of one room overlapping).
 * Prisma has no code of its own for it; the driver adapter passes the database's code along.
 */
export function isExclusionViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const seen = new Set<unknown>();
  const codes = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return false;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (record.code === '23P01' || record.originalCode === '23P01') return true;
    return ['meta', 'cause', 'driverAdapterError'].some((key) => codes(record[key]));
  };
  return codes(error) || /23P01|exclusion constraint/.test(error.message);
}

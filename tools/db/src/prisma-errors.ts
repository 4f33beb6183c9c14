/**
 * A unique index refused the write (Prisma's P2002). Checked by code and class name rather than
 * `instanceof`, since every subgraph has its own generated client.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && error.name === 'PrismaClientKnownRequestError' && (error as { code?: unknown }).code === 'P2002';
}

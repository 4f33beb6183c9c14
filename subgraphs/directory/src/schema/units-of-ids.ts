import type { DirectoryContext } from '../context.ts';

/**
 * The units of a scope's id list, in its order (null, "every unit", stays null), through the
 * request's scoped client; Prisma batches the findUnique calls of one tick into one query, across
 * every row of a page. A unit since removed is left out.
 */
export async function unitsOfIds(context: DirectoryContext, unitIds: readonly string[] | null) {
  if (unitIds === null) return null;
  const units = await Promise.all(unitIds.map((id) => context.db.organization.findUnique({ where: { id } })));
  return units.filter((unit) => unit !== null);
}

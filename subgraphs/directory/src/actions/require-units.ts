import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';

/** Refuses ids that are not units of the directory (no ghost units); `field` names the input. */
export async function requireUnits(tx: Prisma.TransactionClient, unitIds: readonly string[], field: string): Promise<void> {
  if (unitIds.length === 0) return;
  const found = await tx.organization.findMany({ where: { id: { in: [...unitIds] } }, select: { id: true } });
  const known = new Set(found.map((unit) => unit.id));
  const unknown = unitIds.find((id) => !known.has(id));
  if (unknown !== undefined) throw new BadUserInputError(`单位不存在（${unknown}）`, field, { reason: 'UNKNOWN_UNIT', params: { id: unknown } });
}

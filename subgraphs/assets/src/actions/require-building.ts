import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';

/** The property an input names, as far as the actor may see it; `field` names the input to fix when there is none. */
export async function requireBuilding(tx: Prisma.TransactionClient, id: string, field: string) {
  const building = await tx.building.findUnique({ where: { id } });
  if (!building) throw new BadUserInputError('所选房屋不存在', field, { reason: 'UNKNOWN_BUILDING' });
  return building;
}

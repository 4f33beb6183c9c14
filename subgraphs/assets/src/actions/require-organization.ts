import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';

/**
 * Checks that a unit named in the input is registered in this domain (the directory's units are
 * registered by the seed, or by setting their staffing); `field` names the input to fix.
 */
export async function requireOrganization(tx: Prisma.TransactionClient, id: string, field: string): Promise<void> {
  if (!(await tx.organization.findUnique({ where: { id }, select: { id: true } }))) {
    throw new BadUserInputError('所选单位未在资产系统登记', field, { reason: 'UNKNOWN_UNIT' });
  }
}

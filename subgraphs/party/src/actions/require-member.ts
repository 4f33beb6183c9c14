import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';

/** A member an input names, as far as the actor may see them, still in the bureau's branches; `field` names the input to fix. */
export async function requireActiveMember(tx: Prisma.TransactionClient, id: string, field: string) {
  const member = await tx.partyMember.findUnique({ where: { id }, include: { branch: true } });
  if (!member) throw new BadUserInputError('所选党员不存在', field, { reason: 'UNKNOWN_MEMBER' });
  if (member.status !== 'PROBATIONARY' && member.status !== 'FULL') {
    throw new ConflictError('该党员的组织关系已不在本单位', { reason: 'TRANSFERRED_OUT', params: { status: member.status } });
  }
  return member;
}

import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { PartyOrganizationKind } from '../../prisma/generated/enums.ts';

/** The Party organisation an input names, of one of `kinds` when given; `field` names the input to fix. */
export async function requirePartyOrganization(tx: Prisma.TransactionClient, id: string, field: string, kinds?: readonly PartyOrganizationKind[]) {
  const organization = await tx.partyOrganization.findUnique({ where: { id } });
  if (!organization) throw new BadUserInputError('所选党组织不存在', field, { reason: 'UNKNOWN_PARTY_ORGANIZATION' });
  if (kinds && !kinds.includes(organization.kind)) throw new BadUserInputError('请选择党支部', field, { reason: 'NOT_A_BRANCH' });
  return organization;
}

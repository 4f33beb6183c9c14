import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { PartyActionContext, PartyContext } from '../context.ts';
import type { AwardHonourInput } from '../schema/honour.ts';
import { requirePartyOrganization } from './require-party-organization.ts';

/** An honour given to an organisation, or to a person of it. */
export async function awardHonour(
  { actor, db }: PartyActionContext,
  directory: Pick<PartyContext, 'requireDirectoryPeople'>,
  input: typeof AwardHonourInput.$inferInput,
  query?: Pick<Prisma.HonourFindUniqueArgs, 'select' | 'include'>,
) {
  if (input.awardedOn > businessDate()) throw new BadUserInputError('日期不能晚于今天', 'input.awardedOn', { reason: 'DATE_IN_FUTURE' });
  if (input.personId) await directory.requireDirectoryPeople([input.personId], 'input.personId');
  return db.$transaction(async (tx) => {
    await requirePartyOrganization(tx, input.partyOrganizationId, 'input.partyOrganizationId');
    const honour = await tx.honour.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'honour.award', entity: 'Honour', entityId: honour.id, before: null, after: auditSnapshot(honour) });
    return honour;
  });
}

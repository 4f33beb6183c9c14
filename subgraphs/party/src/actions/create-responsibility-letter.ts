import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { PartyActionContext } from '../context.ts';
import type { CreateResponsibilityLetterInput } from '../schema/responsibility-letter.ts';
import { requirePartyOrganization } from './require-party-organization.ts';

export type ResponsibilityLetterQuery = Pick<Prisma.ResponsibilityLetterFindUniqueArgs, 'select' | 'include'>;

/** A 责任书 or 承诺书 of a year, to be signed. */
export async function createResponsibilityLetter({ actor, db }: PartyActionContext, input: typeof CreateResponsibilityLetterInput.$inferInput, query?: ResponsibilityLetterQuery) {
  return db.$transaction(async (tx) => {
    await requirePartyOrganization(tx, input.partyOrganizationId, 'input.partyOrganizationId');
    const letter = await tx.responsibilityLetter.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'responsibilityLetter.create', entity: 'ResponsibilityLetter', entityId: letter.id, before: null, after: auditSnapshot(letter) });
    return letter;
  });
}

import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { PartyActionContext } from '../context.ts';
import type { RecordEducationActivityInput } from '../schema/education-activity.ts';
import { requirePartyOrganization } from './require-party-organization.ts';

/** 纪律教育: a visit to an education site, or a special study, held by an organisation. */
export async function recordEducationActivity(
  { actor, db }: PartyActionContext,
  input: typeof RecordEducationActivityInput.$inferInput,
  query?: Pick<Prisma.EducationActivityFindUniqueArgs, 'select' | 'include'>,
) {
  if (input.heldOn > businessDate()) throw new BadUserInputError('日期不能晚于今天', 'input.heldOn', { reason: 'DATE_IN_FUTURE' });
  return db.$transaction(async (tx) => {
    await requirePartyOrganization(tx, input.partyOrganizationId, 'input.partyOrganizationId');
    const activity = await tx.educationActivity.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'educationActivity.record', entity: 'EducationActivity', entityId: activity.id, before: null, after: auditSnapshot(activity) });
    return activity;
  });
}

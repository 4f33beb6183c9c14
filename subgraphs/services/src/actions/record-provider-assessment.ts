import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { ServicesActionContext } from '../context.ts';
import type { RecordProviderAssessmentInput } from '../schema/provider.ts';

/** 履约考核: a provider's quarter, one score per criterion, in one transaction; a quarter is assessed once. Answers the rows. */
export async function recordProviderAssessment({ actor, db }: ServicesActionContext, input: typeof RecordProviderAssessmentInput.$inferInput) {
  try {
    return await db.$transaction(async (tx) => {
      if ((await tx.serviceProvider.count({ where: { id: input.providerId } })) === 0) throw new BadUserInputError('服务单位不存在', 'input.providerId', { reason: 'UNKNOWN_PROVIDER' });
      const rows = [];
      for (const s of input.scores) rows.push(await tx.providerAssessment.create({ data: { providerId: input.providerId, year: input.year, quarter: input.quarter, ...s } }));
      await recordAudit(tx, { actor, action: 'providerAssessment.record', entity: 'ServiceProvider', entityId: input.providerId, before: null, after: { year: input.year, quarter: input.quarter, scores: rows.map((r) => auditSnapshot(r)) } });
      return rows;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('该季度已考核', { reason: 'QUARTER_ALREADY_ASSESSED', params: { year: input.year, quarter: input.quarter } });
    throw error;
  }
}

import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { DirectoryChecks, ServicesActionContext } from '../context.ts';
import { encrypt, lastFour, visitSnapshot } from '../domain/visit.ts';
import type { RegisterVisitInput } from '../schema/visit.ts';
import { bookerUnit } from './booker-unit.ts';
import { registerUnit } from './register-unit.ts';
import type { VisitQuery } from './visit-workflow.ts';

/** 访客预约: a host registers a visitor ahead; the phone and ID number are kept as their last 4 and encrypted whole. */
export async function registerVisit({ actor, db }: ServicesActionContext, directory: DirectoryChecks, input: typeof RegisterVisitInput.$inferInput, query?: VisitQuery) {
  const { organizationId, personId } = await bookerUnit(actor, directory, { organizationId: input.organizationId, personId: input.hostPersonId }, { unit: 'input.organizationId', person: 'input.hostPersonId' });
  if (input.expectedAt.getTime() < Date.now() - 3600_000) throw new BadUserInputError('预约时间已过', 'input.expectedAt', { reason: 'IN_THE_PAST' });
  return db.$transaction(async (tx) => {
    await registerUnit(tx, organizationId);
    const visit = await tx.visit.create({
      ...query,
      data: {
        organizationId,
        hostPersonId: personId,
        buildingId: input.buildingId ?? null,
        visitorName: input.visitorName,
        visitorOrganization: input.visitorOrganization ?? null,
        phoneLast4: lastFour(input.phone),
        phoneEncrypted: encrypt(input.phone),
        idNumberLast4: lastFour(input.idNumber),
        idNumberEncrypted: encrypt(input.idNumber),
        carPlate: input.carPlate ?? null,
        expectedAt: input.expectedAt,
        purpose: input.purpose,
        status: 'EXPECTED',
      },
    });
    await recordAudit(tx, { actor, action: 'visit.register', entity: 'Visit', entityId: visit.id, before: null, after: visitSnapshot(visit) });
    return visit;
  });
}

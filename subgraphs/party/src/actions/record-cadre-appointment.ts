import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { PartyActionContext, PartyContext } from '../context.ts';
import type { RecordCadreAppointmentInput } from '../schema/cadre-appointment.ts';
import { registerUnit } from './register-unit.ts';

/** 科级干部选拔任用: a section-level cadre appointed to a post in a unit. */
export async function recordCadreAppointment(
  { actor, db }: PartyActionContext,
  directory: Pick<PartyContext, 'requireDirectoryPeople' | 'requireDirectoryUnit'>,
  input: typeof RecordCadreAppointmentInput.$inferInput,
  query?: Pick<Prisma.CadreAppointmentFindUniqueArgs, 'select' | 'include'>,
) {
  if (input.appointedOn > businessDate()) throw new BadUserInputError('日期不能晚于今天', 'input.appointedOn', { reason: 'DATE_IN_FUTURE' });
  await directory.requireDirectoryUnit(input.organizationId, 'input.organizationId');
  await directory.requireDirectoryPeople([input.personId], 'input.personId');
  return db.$transaction(async (tx) => {
    await registerUnit(tx, input.organizationId);
    const appointment = await tx.cadreAppointment.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'cadreAppointment.record', entity: 'CadreAppointment', entityId: appointment.id, before: null, after: auditSnapshot(appointment) });
    return appointment;
  });
}

import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { PartyActionContext, PartyContext } from '../context.ts';
import type { CreateRectificationTaskInput } from '../schema/rectification-task.ts';
import type { RectificationTaskQuery } from './rectification-task-workflow.ts';
import { requirePartyOrganization } from './require-party-organization.ts';

/** An item an inspection (巡察) found, given to an owner with a due date. */
export async function createRectificationTask(
  { actor, db }: PartyActionContext,
  directory: Pick<PartyContext, 'requireDirectoryPeople'>,
  input: typeof CreateRectificationTaskInput.$inferInput,
  query?: RectificationTaskQuery,
) {
  await directory.requireDirectoryPeople([input.ownerPersonId], 'input.ownerPersonId');
  return db.$transaction(async (tx) => {
    await requirePartyOrganization(tx, input.partyOrganizationId, 'input.partyOrganizationId');
    const task = await tx.rectificationTask.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'rectificationTask.create', entity: 'RectificationTask', entityId: task.id, before: null, after: auditSnapshot(task) });
    return task;
  });
}

import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { AssetsActionContext } from '../context.ts';
import type { CreateRentedSpaceInput } from '../schema/rented-space.ts';
import type { RentedSpaceQuery } from './rented-space-workflow.ts';
import { requireOrganization } from './require-organization.ts';

/** Records office space rented in for a unit. */
export async function createRentedSpace({ actor, db }: AssetsActionContext, input: typeof CreateRentedSpaceInput.$inferInput, query?: RentedSpaceQuery) {
  return db.$transaction(async (tx) => {
    await requireOrganization(tx, input.organizationId, 'input.organizationId');
    const space = await tx.rentedSpace.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'rentedSpace.create', entity: 'RentedSpace', entityId: space.id, before: null, after: auditSnapshot(space) });
    return space;
  });
}

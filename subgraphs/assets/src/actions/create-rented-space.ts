import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { prisma } from '../db.ts';
import { requireOrganization } from './require-organization.ts';

export interface CreateRentedSpaceInput {
  organizationId: string;
  address: string;
  landlord: string;
  area: string;
  yearlyRent: string;
  startsOn: Date;
}

/** Records office space rented in for a unit. */
export async function createRentedSpace(actor: Viewer, input: CreateRentedSpaceInput) {
  return prisma.$transaction(async (tx) => {
    await requireOrganization(tx, input.organizationId, 'input.organizationId');
    const space = await tx.rentedSpace.create({ data: { ...input, address: input.address.trim(), landlord: input.landlord.trim() } });
    await recordAudit(tx, { actor, action: 'rentedSpace.create', entity: 'RentedSpace', entityId: space.id, before: null, after: space });
    return space;
  });
}

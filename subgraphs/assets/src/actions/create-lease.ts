import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { LeaseKind } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';
import { leaseTermsProblem } from '../domain/lease.ts';
import { requireBuilding } from './require-building.ts';

export interface CreateLeaseInput {
  buildingId: string;
  kind: LeaseKind;
  counterparty: string;
  startsOn: Date;
  endsOn: Date;
  yearlyRent: string;
}

/** Records a property (or part of one) leased or lent out. */
export async function createLease(actor: Viewer, input: CreateLeaseInput) {
  const problem = leaseTermsProblem(input);
  if (problem) throw new BadUserInputError(problem.message, `input.${problem.field}`);
  return prisma.$transaction(async (tx) => {
    await requireBuilding(tx, input.buildingId, 'input.buildingId');
    const lease = await tx.lease.create({ data: { ...input, counterparty: input.counterparty.trim() } });
    await recordAudit(tx, { actor, action: 'lease.create', entity: 'Lease', entityId: lease.id, before: null, after: lease });
    return lease;
  });
}

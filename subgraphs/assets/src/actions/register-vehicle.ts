import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { EnergyType, VehicleKind } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';
import { requireOrganization } from './require-organization.ts';

export interface RegisterVehicleInput {
  plateNumber: string;
  organizationId: string;
  kind: VehicleKind;
  energyType: EnergyType;
  model: string;
  purchasedOn: Date;
  purchasePrice: string;
  timeShare?: boolean | null;
}

/** Registers an official vehicle; only enforcement vehicles join the time-share pool. */
export async function registerVehicle(actor: Viewer, input: RegisterVehicleInput) {
  const plateNumber = input.plateNumber.trim().toUpperCase();
  const timeShare = input.timeShare ?? false;
  if (timeShare && input.kind !== 'ENFORCEMENT') throw new BadUserInputError('只有执法执勤用车可以纳入分时租赁', 'input.timeShare');
  try {
    return await prisma.$transaction(async (tx) => {
      await requireOrganization(tx, input.organizationId, 'input.organizationId');
      const vehicle = await tx.vehicle.create({ data: { ...input, plateNumber, model: input.model.trim(), timeShare } });
      await recordAudit(tx, { actor, action: 'vehicle.register', entity: 'Vehicle', entityId: vehicle.id, before: null, after: vehicle });
      return vehicle;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`车牌 ${plateNumber} 已登记`);
    throw error;
  }
}

import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { decideVehiclePurchase } from './decide-vehicle-purchase.ts';

/** Approves a unit's request to buy vehicles. */
export function approveVehiclePurchase(actor: Viewer, id: string, reason: string | null) {
  return decideVehiclePurchase(actor, id, 'approve', reason);
}

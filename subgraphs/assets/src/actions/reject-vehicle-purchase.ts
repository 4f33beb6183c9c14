import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { decideVehiclePurchase } from './decide-vehicle-purchase.ts';

/** Rejects a unit's request to buy vehicles, with why. */
export function rejectVehiclePurchase(actor: Viewer, id: string, reason: string) {
  return decideVehiclePurchase(actor, id, 'reject', reason);
}

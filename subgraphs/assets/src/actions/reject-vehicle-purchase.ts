import { purchaseDecision, vehiclePurchaseWorkflow, type VehiclePurchaseDecision } from './vehicle-purchase-workflow.ts';

/** Rejects a unit's request to buy vehicles, with why. */
export const rejectVehiclePurchase = vehiclePurchaseWorkflow.step<VehiclePurchaseDecision>('reject', { data: purchaseDecision });

import { purchaseDecision, vehiclePurchaseWorkflow, type VehiclePurchaseDecision } from './vehicle-purchase-workflow.ts';

/** Approves a unit's request to buy vehicles. */
export const approveVehiclePurchase = vehiclePurchaseWorkflow.step<VehiclePurchaseDecision>('approve', { data: purchaseDecision });

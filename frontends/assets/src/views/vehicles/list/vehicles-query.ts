import { type Connection, connectionFields, defineDocument, type PageArgs } from '@jiguan/kit';

export const energyTypes = ['BATTERY_ELECTRIC', 'PLUG_IN_HYBRID', 'FUEL'] as const;
export const vehicleKinds = ['SEDAN', 'SUV', 'MPV', 'ENFORCEMENT', 'SPECIAL'] as const;
export const vehicleStatuses = ['IN_SERVICE', 'DISPOSED'] as const;

export type EnergyType = (typeof energyTypes)[number];
export type VehicleKind = (typeof vehicleKinds)[number];
export type VehicleStatus = (typeof vehicleStatuses)[number];

export interface VehicleFilter {
  search?: string;
  energyType?: EnergyType;
  kind?: VehicleKind;
  status?: VehicleStatus;
}

export interface VehicleRow {
  id: string;
  plateNumber: string;
  model: string;
  organization: { name: string };
  kind: VehicleKind;
  energyType: EnergyType;
  purchasedOn: string;
  purchasePrice: string;
  status: VehicleStatus;
  timeShare: boolean;
}

export const vehiclesQuery = defineDocument<{ vehicles: Connection<VehicleRow> }, PageArgs & { filter: VehicleFilter }>(`
  query AssetsVehicles($first: Int, $after: String, $last: Int, $before: String, $filter: VehicleFilter) {
    vehicles(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      ${connectionFields}
      edges { cursor node { id plateNumber model organization { name } kind energyType purchasedOn purchasePrice status timeShare } }
    }
  }
`);

/*
 * Assets' buildings and vehicles as the services rows name them: by name (or plate) where assets
 * shows them to the viewer, else by id (assets shows a building only to the units it houses).
 */

/** A building's name, else its id; empty for none. */
export function buildingName(row: { buildingId?: string | null; building?: { name: string } | null }): string {
  return row.building?.name ?? row.buildingId ?? '';
}

/** A vehicle's plate and model, else its id; null for a fleet activity (no vehicle). */
export function vehicleName(row: { vehicleId?: string | null; vehicle?: { plateNumber: string; model: string } | null }): string | null {
  if (row.vehicle) return `${row.vehicle.plateNumber} · ${row.vehicle.model}`;
  return row.vehicleId ?? null;
}

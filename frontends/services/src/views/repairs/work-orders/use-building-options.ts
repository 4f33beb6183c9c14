import { requestGraphQL, useRemoteOptions } from '@jiguan/kit';
import { shallowRef } from 'vue';
import { buildingOptionsQuery, buildingRoomsQuery } from './building-options-query';

export interface RoomOption {
  id: string;
  /** `3F · 302` */
  label: string;
}

/** The rooms of a building as options, floor by floor. */
export function roomOptions(building: { floors: { edges: ReadonlyArray<{ node: { label: string; rooms: { edges: ReadonlyArray<{ node: { id: string; number: string } }> } } }> } }): RoomOption[] {
  return building.floors.edges.flatMap(({ node: floor }) => floor.rooms.edges.map(({ node: room }) => ({ id: room.id, label: `${floor.label} · ${room.number}` })));
}

/**
 * The buildings a repair may be filed for, searched on the server (a unit user sees its unit's), and
 * the rooms of the chosen one. Services staff are no readers of the assets register: for them the
 * search finds nothing and the building is typed as its id.
 */
export function useBuildingOptions() {
  const buildings = useRemoteOptions(async (search) => (await requestGraphQL(buildingOptionsQuery, { search })).buildings.edges.map((edge) => edge.node));
  const rooms = shallowRef<RoomOption[]>([]);
  let latest = 0;

  async function loadRooms(buildingId: string | undefined): Promise<void> {
    const request = ++latest;
    rooms.value = [];
    if (!buildingId) return;
    const building = (await requestGraphQL(buildingRoomsQuery, { id: buildingId }).catch(() => null))?.building;
    if (request === latest && building) rooms.value = roomOptions(building);
  }

  return { buildings, rooms, loadRooms };
}

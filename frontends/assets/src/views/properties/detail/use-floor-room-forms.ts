import { i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import type { AddFloorInput, AddRoomInput, RoomUse } from '../../../generated/graphql';
import { decimalInput } from '../property-form-rules';
import { addFloorMutation, addRoomMutation } from './property-detail-mutations';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface FloorForm {
  label: string;
  /** Sort key: -1 for B1, 1 for 1F … */
  level: number | undefined;
  area: string;
}

export const floorInput = (buildingId: string, form: FloorForm): AddFloorInput => ({
  buildingId,
  label: form.label.trim(),
  level: form.level ?? 0,
  area: decimalInput(form.area),
});

/** Adds a floor to the property (the next level up is proposed). */
export function useAddFloor(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (target: { buildingId: string; nextLevel: number }): FloorForm => ({ label: `${target.nextLevel}F`, level: target.nextLevel, area: '' }),
    send: async (target, form) => (await requestGraphQL(addFloorMutation, { input: floorInput(target.buildingId, form) })).addFloor,
    doneText: (_target, floor) => t('assets.propertyForms.done.floor', { label: floor.label }),
    onChanged: () => onChanged(),
  });
}

export interface RoomForm {
  number: string;
  area: string;
  use: RoomUse | undefined;
}

export const roomInput = (floorId: string, form: RoomForm): AddRoomInput => ({
  floorId,
  number: form.number.trim(),
  area: decimalInput(form.area),
  use: form.use as RoomUse,
});

/** Adds a room to a floor. */
export function useAddRoom(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_target: { floorId: string; floorLabel: string }): RoomForm => ({ number: '', area: '', use: 'OFFICE' }),
    send: async (target, form) => (await requestGraphQL(addRoomMutation, { input: roomInput(target.floorId, form) })).addRoom,
    doneText: (target, room) => t('assets.propertyForms.done.room', { floor: target.floorLabel, number: room.number }),
    onChanged: () => onChanged(),
  });
}

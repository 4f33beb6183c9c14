import { i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import type { AllocateRoomInput } from '../../../generated/graphql';
import { allocateRoomMutation, endRoomAllocationMutation } from './property-detail-mutations';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface AllocateRoomForm {
  organizationId: string | undefined;
  /** 使用凭证编号 */
  certificateNumber: string;
  startsOn: string;
}

export const allocateRoomInput = (roomId: string, form: AllocateRoomForm): AllocateRoomInput => ({
  roomId,
  organizationId: form.organizationId ?? '',
  certificateNumber: form.certificateNumber.trim(),
  startsOn: form.startsOn,
});

/** Gives a free room to a unit and issues its usage certificate (分配使用). A room taken meanwhile (CONFLICT) refreshes the page. */
export function useAllocateRoom(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_target: { roomId: string; roomNumber: string }): AllocateRoomForm => ({ organizationId: undefined, certificateNumber: '', startsOn: todayIso() }),
    send: async (target, form) => (await requestGraphQL(allocateRoomMutation, { input: allocateRoomInput(target.roomId, form) })).allocateRoom,
    doneText: (_target, allocation) => t('assets.propertyForms.done.allocated', { number: allocation.room.number, unit: allocation.organization.name }),
    onChanged: () => onChanged(),
  });
}

export interface EndAllocationTarget {
  allocationId: string;
  roomNumber: string;
  unitName: string;
  certificateNumber: string;
  startsOn: string;
}

/** The unit gives the room back (收回); the certificate ends that day, not before it began. */
export function useEndRoomAllocation(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_target: EndAllocationTarget) => ({ endedOn: todayIso() }),
    send: async (target, form) => (await requestGraphQL(endRoomAllocationMutation, { id: target.allocationId, endedOn: form.endedOn })).endRoomAllocation,
    doneText: (target, allocation) => t('assets.propertyForms.done.allocationEnded', { number: target.roomNumber, unit: allocation.organization.name, day: allocation.endedOn }),
    onChanged: () => onChanged(),
  });
}

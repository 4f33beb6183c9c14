import { i18n, minuteOfClock, requestGraphQL, useConnectionTable, useTransitionDialog } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { CreateMeetingRoomInput } from '../../../generated/graphql';
import { createMeetingRoomMutation, meetingRoomsQuery } from './meeting-rooms-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** The rooms by building, floor and name, paged by the server; filtered by building and seats. */
export function useMeetingRoomsTable() {
  const filters = reactive<{ buildingId?: string; minCapacity?: number }>({});
  const table = useConnectionTable({
    fetchPage: async (page) => {
      const filter = { buildingId: filters.buildingId || undefined, minCapacity: filters.minCapacity || undefined };
      return (await requestGraphQL(meetingRoomsQuery, { ...page, filter })).meetingRooms;
    },
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}

/** The form's keys are the input's (`opensAtMinute` as HH:mm), so a refusal lands on its field. */
export interface MeetingRoomForm {
  buildingId: string;
  floor: number;
  name: string;
  capacity: number | undefined;
  equipment: string[];
  needsApproval: boolean;
  opensAtMinute: string;
  closesAtMinute: string;
}

export const emptyMeetingRoom = (buildingId = ''): MeetingRoomForm => ({
  buildingId,
  floor: 1,
  name: '',
  capacity: undefined,
  equipment: [],
  needsApproval: false,
  opensAtMinute: '08:00',
  closesAtMinute: '18:00',
});

/** The mutation's input: open hours in minutes after midnight, equipment trimmed and once each. */
export function meetingRoomInput(form: MeetingRoomForm): CreateMeetingRoomInput {
  const equipment = [...new Set(form.equipment.map((item) => item.trim()).filter(Boolean))];
  return {
    buildingId: form.buildingId.trim(),
    floor: form.floor,
    name: form.name.trim(),
    capacity: form.capacity ?? 0,
    equipment,
    needsApproval: form.needsApproval,
    opensAtMinute: minuteOfClock(form.opensAtMinute) ?? -1,
    closesAtMinute: minuteOfClock(form.closesAtMinute) ?? -1,
  };
}

/** Adds a meeting room; `onChanged` reloads the list. */
export function useCreateMeetingRoom(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: ({ buildingId }: { buildingId?: string }) => emptyMeetingRoom(buildingId),
    send: async (_target, form) => (await requestGraphQL(createMeetingRoomMutation, { input: meetingRoomInput(form) })).createMeetingRoom,
    doneText: (_target, room) => t('services.rooms.manage.created', { name: room.name, hours: room.openHours }),
    onChanged,
  });
}

import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import type { BookingSlot } from './room-grid';
import { bookingForm, bookingInput, useBookRoom } from './use-book-room';

const slot: BookingSlot = {
  room: { id: 'r1', name: '第一会议室', floor: 2, capacity: 30, equipment: [], needsApproval: false, opensAtMinute: 480, closesAtMinute: 1080, openHours: '08:00–18:00' },
  day: '2026-12-09',
  startsAt: '14:00',
  endsAt: '15:00',
};
const booked = { id: 'bk1', status: 'APPROVED', startsAt: '2026-12-09T06:00:00.000Z', endsAt: '2026-12-09T07:00:00.000Z', seriesId: null, meetingRoom: { id: 'r1', name: '第一会议室' } };

describe('useBookRoom', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('sends the slot’s local times as instants, without a recurrence or empty needs', () => {
    const form = { ...bookingForm(slot), attendees: 12, purpose: ' 季度工作会 ', needs: ' ' };
    expect(bookingInput(slot, form)).toEqual({
      meetingRoomId: 'r1',
      organizationId: undefined,
      startsAt: '2026-12-09T06:00:00.000Z',
      endsAt: '2026-12-09T07:00:00.000Z',
      attendees: 12,
      purpose: '季度工作会',
      needs: undefined,
      recurrence: undefined,
    });
  });

  it('books a weekly series for a unit staff name, and reloads the grid', async () => {
    const requests = stubGateway({ CreateRoomBooking: data({ createRoomBooking: { ...booked, seriesId: 's1' } }) });
    const onChanged = vi.fn();
    const dialog = useBookRoom(onChanged);
    dialog.open(slot);
    expect(dialog.form).toMatchObject({ day: '2026-12-09', startsAt: '14:00', endsAt: '15:00', frequency: '' });
    Object.assign(dialog.form, { attendees: 8, purpose: '周例会', needs: '投影', organizationId: 'org-audit', frequency: 'WEEKLY', count: 6, endsAt: '15:30' });
    await expect(dialog.submit()).resolves.toBe('已预定 第一会议室 2026-12-09 14:00–15:00');
    expect(requests[0]?.variables).toEqual({
      input: {
        meetingRoomId: 'r1',
        organizationId: 'org-audit',
        startsAt: '2026-12-09T06:00:00.000Z',
        endsAt: '2026-12-09T07:30:00.000Z',
        attendees: 8,
        purpose: '周例会',
        needs: '投影',
        recurrence: { frequency: 'WEEKLY', count: 6 },
      },
    });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('says a booking of a room that needs approval waits for it', async () => {
    stubGateway({ CreateRoomBooking: data({ createRoomBooking: { ...booked, status: 'REQUESTED' } }) });
    const dialog = useBookRoom(vi.fn());
    dialog.open(slot);
    Object.assign(dialog.form, { attendees: 8, purpose: '周例会' });
    await expect(dialog.submit()).resolves.toBe('已提交 第一会议室 2026-12-09 14:00–15:00 的预定，等待审批');
  });

  it('shows a clash on the time, with the clashing booking’s Shanghai times, and reloads the grid', async () => {
    stubGateway({
      CreateRoomBooking: refusal('CONFLICT', '与已有预定（bk9）时间冲突', {
        reason: 'BOOKING_OVERLAP',
        params: { booking: 'bk9', startsAt: '2026-12-09T05:30:00.000Z', endsAt: '2026-12-09T06:30:00.000Z', occurrence: 1 },
      }),
    });
    const onChanged = vi.fn();
    const dialog = useBookRoom(onChanged);
    dialog.open(slot);
    Object.assign(dialog.form, { attendees: 8, purpose: '周例会' });
    await expect(dialog.submit()).resolves.toBeNull();
    expect(dialog.fieldErrors.startsAt?.localizedMessage).toBe('与已有预定时间冲突（2026-12-09 13:30–14:30）');
    expect(dialog.fieldErrors.startsAt?.params.booking).toBe('bk9');
    expect(dialog.serverError).toBeNull();
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('puts the room’s refusals on their fields', async () => {
    stubGateway({ CreateRoomBooking: refusal('BAD_USER_INPUT', '第一会议室最多容纳 30 人', { field: 'input.attendees', reason: 'OVER_CAPACITY', params: { room: '第一会议室', capacity: 30 } }) });
    const dialog = useBookRoom(vi.fn());
    dialog.open(slot);
    Object.assign(dialog.form, { attendees: 40, purpose: '大会' });
    await dialog.submit();
    expect(dialog.fieldErrors.attendees?.localizedMessage).toBe('第一会议室最多容纳 30 人');

    stubGateway({ CreateRoomBooking: refusal('BAD_USER_INPUT', '重复次数为 2–52 次', { field: 'input.recurrence.count', reason: 'RECURRENCE_COUNT', params: { min: 2, max: 52 } }) });
    await dialog.submit();
    expect(dialog.fieldErrors.count?.localizedMessage).toBe('重复次数为 2–52 次');
  });
});

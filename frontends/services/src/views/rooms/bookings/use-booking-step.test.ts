import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import { releaseUnattendedRoomBookings } from '../approvals/release-unattended-mutation';
import type { RoomBookingRow } from './room-bookings-query';
import { useBookingActions } from './use-booking-step';

const booking = { id: 'bk1', purpose: '季度工作会', allowedActions: ['APPROVE', 'REJECT', 'CANCEL'] } as RoomBookingRow;
const stepped = (status: string) => data({ stepped: { id: 'bk1', status, allowedActions: [] } });

describe('a booking’s steps', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('approves with an optional note and rejects only with a reason', async () => {
    const requests = stubGateway({ ApproveRoomBooking: stepped('APPROVED'), RejectRoomBooking: stepped('REJECTED') });
    const reload = vi.fn();
    const { decide, step, take } = useBookingActions(reload);
    take('APPROVE', booking);
    expect(step.target).toBeNull();
    expect(decide.comment).toMatchObject({ prop: 'note', label: '审批意见（选填）', required: false });
    await expect(decide.submit()).resolves.toBe('已批准“季度工作会”');
    take('REJECT', booking);
    expect(decide.comment).toMatchObject({ label: '驳回理由（必填）', required: true });
    decide.form.note = ' 当日另有安排 ';
    await decide.submit();
    expect(requests.map((request) => [request.operation, request.variables])).toEqual([
      ['ApproveRoomBooking', { input: { id: 'bk1' } }],
      ['RejectRoomBooking', { input: { id: 'bk1', note: '当日另有安排' } }],
    ]);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('cancels, checks in and completes with the booking alone, and reloads after a refusal that it moved', async () => {
    const requests = stubGateway({
      CancelRoomBooking: stepped('CANCELLED'),
      CheckInRoomBooking: refusal('CONFLICT', '签到在开始前 15 分钟开放', { reason: 'CHECK_IN_NOT_OPEN', params: { minutes: 15 } }),
      CompleteRoomBooking: stepped('COMPLETED'),
    });
    const reload = vi.fn();
    const { decide, step, take } = useBookingActions(reload);
    take('CANCEL', booking);
    expect(decide.target).toBeNull();
    await expect(step.submit()).resolves.toBe('已取消“季度工作会”');
    take('CHECK_IN', booking);
    await expect(step.submit()).resolves.toBeNull();
    expect(step.serverError?.localizedMessage).toBe('签到在开始前 15 分钟开放');
    step.close();
    take('COMPLETE', booking);
    await step.submit();
    expect(requests.map((request) => [request.operation, request.variables])).toEqual([
      ['CancelRoomBooking', { input: { id: 'bk1' } }],
      ['CheckInRoomBooking', { input: { id: 'bk1' } }],
      ['CompleteRoomBooking', { input: { id: 'bk1' } }],
    ]);
    expect(reload).toHaveBeenCalledTimes(3);
  });

  it('releases the unattended bookings and answers how many', async () => {
    stubGateway({ ReleaseUnattendedRoomBookings: data({ releaseUnattendedRoomBookings: 3 }) });
    await expect(releaseUnattendedRoomBookings()).resolves.toBe(3);
  });
});

import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import { useBookVehicle } from './use-book-vehicle';
import { useCancelVehicleBooking } from './use-cancel-vehicle-booking';
import type { VehicleBookingRow } from './vehicle-bookings-query';

const form = { vehicleId: 'v-pool', organizationId: 'org-audit', startsAt: '2026-12-21 09:00', endsAt: '2026-12-21 17:30', purpose: ' 执法检查 ' };

describe('useBookVehicle', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('books the window as Shanghai times, whatever the browser’s zone', async () => {
    const requests = stubGateway({
      BookVehicle: data({ bookVehicle: { id: 'bk-1', startsAt: '2026-12-21T01:00:00.000Z', endsAt: '2026-12-21T09:30:00.000Z', status: 'BOOKED', vehicle: { plateNumber: '沪A·Z0001' } } }),
    });
    const onChanged = vi.fn();
    const dialog = useBookVehicle(onChanged);
    dialog.open({});
    Object.assign(dialog.form, form);
    await expect(dialog.submit()).resolves.toBe('已预订 沪A·Z0001：2026-12-21 09:00–17:30');
    expect(requests[0]?.variables).toEqual({
      input: { vehicleId: 'v-pool', organizationId: 'org-audit', startsAt: '2026-12-21T01:00:00.000Z', endsAt: '2026-12-21T09:30:00.000Z', purpose: '执法检查' },
    });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('shows an overlap on the start time, with the clashing booking in Shanghai time, and reloads the bookings', async () => {
    stubGateway({
      BookVehicle: refusal('CONFLICT', '沪A·Z0001 在 2026-12-21T02:00:00.000Z – 2026-12-21T06:00:00.000Z 已被预订', {
        reason: 'OVERLAP',
        params: { plateNumber: '沪A·Z0001', startsAt: '2026-12-21T02:00:00.000Z', endsAt: '2026-12-21T06:00:00.000Z', bookingId: 'bk-0' },
      }),
    });
    const onChanged = vi.fn();
    const dialog = useBookVehicle(onChanged);
    dialog.open({});
    Object.assign(dialog.form, form);
    await dialog.submit();
    expect(dialog.fieldErrors.startsAt?.localizedMessage).toBe('沪A·Z0001 在 2026-12-21 10:00 至 2026-12-21 14:00 已被预订，请另选时段');
    expect(dialog.fieldErrors.startsAt?.reason).toBe('OVERLAP');
    expect(dialog.serverError).toBeNull();
    expect(onChanged).toHaveBeenCalledWith({}, null);
  });

  it('shows a too long booking on the end time', async () => {
    stubGateway({ BookVehicle: refusal('BAD_USER_INPUT', '单次租用不超过 72 小时', { field: 'input.endsAt', reason: 'BOOKING_TOO_LONG', params: { maxHours: 72 } }) });
    const dialog = useBookVehicle(vi.fn());
    dialog.open({});
    Object.assign(dialog.form, { ...form, endsAt: '2026-12-25 09:00' });
    await dialog.submit();
    expect(dialog.fieldErrors.endsAt?.localizedMessage).toBe('单次租用不超过 72 小时');
  });
});

describe('useCancelVehicleBooking', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('cancels the booking and reloads the list', async () => {
    const requests = stubGateway({ CancelVehicleBooking: data({ cancelVehicleBooking: { id: 'bk-1', status: 'CANCELLED', allowedActions: [] } }) });
    const onChanged = vi.fn();
    const cancel = useCancelVehicleBooking(onChanged);
    cancel.open({ id: 'bk-1', startsAt: '2026-12-21T01:00:00.000Z', vehicle: { plateNumber: '沪A·Z0001' } } as VehicleBookingRow);
    await expect(cancel.submit()).resolves.toBe('已取消 沪A·Z0001 2026-12-21 09:00 的预订');
    expect(requests[0]?.variables).toEqual({ id: 'bk-1' });
    expect(onChanged).toHaveBeenCalledOnce();
  });
});

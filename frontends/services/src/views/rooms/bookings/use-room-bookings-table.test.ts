import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bookingFilter, useRoomBookingsTable } from './use-room-bookings-table';

describe('useRoomBookingsTable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('turns the days picked into Shanghai instants: running from the first day, starting before the end of the last', () => {
    expect(bookingFilter({ range: ['2026-12-07', '2026-12-11'], status: 'APPROVED' })).toEqual({
      organizationId: undefined,
      status: 'APPROVED',
      from: '2026-12-06T16:00:00.000Z',
      to: '2026-12-11T16:00:00.000Z',
    });
    expect(bookingFilter({ range: null, status: 'APPROVED' }, { status: 'REQUESTED' })).toMatchObject({ status: 'REQUESTED', from: undefined, to: undefined });
  });

  it('keeps 我的预定 on the viewer’s unit, latest first, and filters by status', async () => {
    const requests = stubGateway({ ServicesRoomBookings: data({ roomBookings: connection([]) }) });
    const { filters } = useRoomBookingsTable({ fixed: { organizationId: 'org-audit' } });
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    filters.status = 'CANCELLED';
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests.map((request) => request.variables)).toEqual([
      { first: 20, filter: { organizationId: 'org-audit' }, orderBy: 'STARTS_AT_DESC' },
      { first: 20, filter: { organizationId: 'org-audit', status: 'CANCELLED' }, orderBy: 'STARTS_AT_DESC' },
    ]);
  });

  it('lists the approvals’ REQUESTED bookings soonest first', async () => {
    const requests = stubGateway({ ServicesRoomBookings: data({ roomBookings: connection([]) }) });
    useRoomBookingsTable({ fixed: { status: 'REQUESTED' }, soonestFirst: true });
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.variables).toEqual({ first: 20, filter: { status: 'REQUESTED' }, orderBy: 'STARTS_AT' });
  });
});

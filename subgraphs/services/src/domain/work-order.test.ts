import { viewerFixture } from '@jiguan/shared-schema/testing/viewer-fixture';
import { describe, expect, it } from 'vitest';
import { dueAt, isOverdue, slaHours, workOrderMachine } from './work-order.ts';

describe('work orders', () => {
  it('is due after its priority’s SLA, configurable', () => {
    expect(slaHours('')).toEqual({ URGENT: 4, HIGH: 24, NORMAL: 72, LOW: 168 });
    expect(slaHours('URGENT=2, LOW=100').URGENT).toBe(2);
    expect(dueAt('URGENT', new Date('2026-01-01T00:00:00Z')).toISOString()).toBe('2026-01-01T04:00:00.000Z');
    expect(isOverdue({ status: 'ASSIGNED', dueAt: new Date('2026-01-01T00:00:00Z') }, new Date('2026-01-02T00:00:00Z'))).toBe(true);
    expect(isOverdue({ status: 'DONE', dueAt: new Date('2026-01-01T00:00:00Z') }, new Date('2026-01-02T00:00:00Z'))).toBe(false);
  });

  it('reopens within 7 days of done only', () => {
    const unit = viewerFixture({ roles: ['UNIT_USER'] });
    const done = { status: 'DONE' as const, dueAt: new Date(), doneAt: new Date(Date.now() - 86_400_000) };
    expect(workOrderMachine.allowed(unit, done)).toEqual(['rate', 'reopen']);
    expect(workOrderMachine.refusal(unit, { ...done, doneAt: new Date(Date.now() - 8 * 86_400_000) }, 'reopen')?.reason).toBe('REOPEN_WINDOW_PASSED');
    expect(workOrderMachine.allowed(viewerFixture({ roles: ['SERVICES_STAFF'] }), done)).toEqual(['reopen', 'close']);
  });
});

import { describe, expect, it } from 'vitest';
import { viewerFixture } from '@jiguan/shared-schema/testing/viewer-fixture';
import { decrypt, encrypt, isCarPlate, isIdNumber, isPhone, masked, visitMachine, visitSnapshot } from './visit.ts';

describe('visitors', () => {
  it('checks ID numbers by their check character', () => {
    expect(isIdNumber('11010519491231002X')).toBe(true);
    expect(isIdNumber('110105194912310021')).toBe(false);
    expect(isIdNumber('1101051949')).toBe(false);
    expect(isPhone('13812345678')).toBe(true);
    expect(isPhone('021-57821234')).toBe(true);
    expect(isPhone('12345')).toBe(false);
    expect(isCarPlate('沪A12345')).toBe(true);
    expect(isCarPlate('ABC')).toBe(false);
  });

  it('keeps the whole values encrypted and shows the last 4 only', () => {
    const sealed = encrypt('13812345678');
    expect(sealed).not.toContain('13812345678');
    expect(decrypt(sealed)).toBe('13812345678');
    expect(masked('5678')).toBe('****5678');
    expect(visitSnapshot({ id: 'v', visitorName: '张三', phoneLast4: '5678', phoneEncrypted: sealed, status: 'EXPECTED' })).toEqual({ id: 'v', status: 'EXPECTED' });
  });

  it('lets the gate check in and out, and the host only cancel', () => {
    const visit = { status: 'EXPECTED' as const, expectedAt: new Date(Date.now() + 3600_000), purgedAt: null };
    expect(visitMachine.allowed(viewerFixture({ roles: ['UNIT_USER'] }), visit)).toEqual(['cancel']);
    expect(visitMachine.allowed(viewerFixture({ roles: ['SERVICES_STAFF'] }), visit)).toEqual(['checkIn', 'cancel']);
    expect(visitMachine.allowed(viewerFixture({ roles: ['SERVICES_STAFF'] }), { ...visit, expectedAt: new Date(Date.now() - 2 * 3600_000) })).toEqual(['checkIn', 'markNoShow', 'cancel']);
  });
});

import { viewerFixture } from '@jiguan/shared-schema/testing/viewer-fixture';
import { describe, expect, it } from 'vitest';
import { maySeeSalaryLine, netPay, payrollMachine } from './payroll.ts';

describe('a payroll run', () => {
  it('is checked, then paid, by finance staff only', () => {
    const staff = viewerFixture({ roles: ['FINANCE_STAFF'], dataScope: 'ALL' });
    expect(payrollMachine.refusal(staff, { status: 'DRAFT' }, 'check')).toBeNull();
    expect(payrollMachine.refusal(staff, { status: 'DRAFT' }, 'pay')?.code).toBe('CONFLICT');
    expect(payrollMachine.refusal(staff, { status: 'PAID' }, 'pay')?.code).toBe('CONFLICT');
    expect(payrollMachine.refusal(viewerFixture({ roles: ['LEADER'], dataScope: 'ALL' }), { status: 'CHECKED' }, 'pay')?.code).toBe('FORBIDDEN');
  });

  it('pays net = gross − deductions, in decimals', () => {
    expect(netPay('12345.67', '2345.68')?.toFixed(2)).toBe('9999.99');
    expect(netPay('0.30', '0.10')?.toFixed(2)).toBe('0.20');
    expect(netPay('100.00', '100.01')).toBeNull();
  });

  it('shows a salary line to finance staff and the person only', () => {
    expect(maySeeSalaryLine(viewerFixture({ roles: ['FINANCE_STAFF'] }), { personId: 'p1' })).toBe(true);
    expect(maySeeSalaryLine(viewerFixture({ roles: ['UNIT_USER'], personId: 'p1' }), { personId: 'p1' })).toBe(true);
    expect(maySeeSalaryLine(viewerFixture({ roles: ['LEADER'], dataScope: 'ALL', personId: 'p2' }), { personId: 'p1' })).toBe(false);
    expect(maySeeSalaryLine(null, { personId: 'p1' })).toBe(false);
  });
});

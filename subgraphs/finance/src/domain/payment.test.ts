import { viewerFixture } from '@jiguan/shared-schema/testing/viewer-fixture';
import { describe, expect, it } from 'vitest';
import { accountSetProblem, attachmentNameProblem, paymentMachine } from './payment.ts';

const staff = viewerFixture({ roles: ['FINANCE_STAFF'] });
const unit = viewerFixture({ roles: ['UNIT_USER'], dataScope: 'DEPARTMENT' });

describe('the payment machine', () => {
  it('reviews, pays once, returns before payment', () => {
    expect(paymentMachine.next('SUBMITTED', 'review')).toBe('REVIEWED');
    expect(paymentMachine.next('REVIEWED', 'pay')).toBe('PAID');
    expect(paymentMachine.refusal(staff, { status: 'PAID' }, 'pay')?.code).toBe('CONFLICT');
    expect(paymentMachine.refusal(staff, { status: 'SUBMITTED' }, 'pay')?.code).toBe('CONFLICT');
    expect(paymentMachine.refusal(staff, { status: 'REVIEWED' }, 'return')).toBeNull();
    expect(paymentMachine.refusal(staff, { status: 'PAID' }, 'return')?.code).toBe('CONFLICT');
  });

  it('lets only finance staff take the steps', () => {
    expect(paymentMachine.refusal(unit, { status: 'SUBMITTED' }, 'review')?.code).toBe('FORBIDDEN');
    expect(paymentMachine.refusal(unit, { status: 'REVIEWED' }, 'pay')?.code).toBe('FORBIDDEN');
  });
});

describe('a payment request’s inputs', () => {
  it('names files, not paths', () => {
    expect(attachmentNameProblem('发票.pdf')).toBeNull();
    expect(attachmentNameProblem('../etc/passwd')).not.toBeNull();
    expect(attachmentNameProblem(' ')).not.toBeNull();
  });

  it('pays from the unit’s own account set', () => {
    expect(accountSetProblem({ organizationId: 'a' }, 'a')).toBeNull();
    expect(accountSetProblem({ organizationId: 'b' }, 'a')?.reason).toBe('ACCOUNT_SET_OF_ANOTHER_UNIT');
    expect(accountSetProblem(null, null)?.reason).toBe('UNKNOWN_ACCOUNT_SET');
  });
});

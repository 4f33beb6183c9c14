import { hasRole, type Viewer } from '@jiguan/shared-schema/auth/viewer';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import { Prisma } from '../../prisma/generated/client.ts';
import type { PayrollRunStatus } from '../../prisma/generated/enums.ts';
import { FINANCE_WRITERS } from './access.ts';

export type PayrollVerb = 'check' | 'pay';

/** At most this many lines a run drafted in one request has. */
export const MAX_PAYROLL_LINES = 500;

/** 工资发放: DRAFT → CHECKED (复核) → PAID (发放), each by finance staff. */
export const payrollMachine = stateMachine<PayrollRunStatus, PayrollVerb, { status: PayrollRunStatus }>({
  stateOf: (run) => run.status,
  transitions: {
    check: { from: ['DRAFT'], to: 'CHECKED', roles: FINANCE_WRITERS },
    pay: { from: ['CHECKED'], to: 'PAID', roles: FINANCE_WRITERS },
  },
});

/** 实发 = 应发 − 扣款, in decimals; null when the deductions exceed the gross. */
export function netPay(gross: string, deductions: string): Prisma.Decimal | null {
  const net = new Prisma.Decimal(gross).minus(deductions);
  return net.isNegative() ? null : net;
}

/** Who may read a salary line: finance staff and admins, and the person it pays. */
export const maySeeSalaryLine = (viewer: Viewer | null, line: { personId: string }) =>
  viewer !== null && (hasRole(viewer, ...FINANCE_WRITERS) || (viewer.personId !== null && viewer.personId === line.personId));

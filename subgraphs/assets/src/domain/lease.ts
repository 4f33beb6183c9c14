import type { Refusal } from '@jiguan/shared-schema/errors';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { LeaseKind } from '../../prisma/generated/enums.ts';
import { ASSETS_WRITERS } from './access.ts';

export interface LeaseTerms {
  kind: LeaseKind;
  startsOn: Date;
  endsOn: Date;
  /** Yuan a year, as entered */
  yearlyRent: string;
}

/** What is wrong with a lease's terms, as the input field to fix: a lease earns rent, a loan (出借) none. */
export function leaseTermsProblem(terms: LeaseTerms): Refusal | null {
  if (terms.endsOn <= terms.startsOn) return { code: 'BAD_USER_INPUT', reason: 'ENDS_BEFORE_START', field: 'endsOn', message: '到期日须晚于起始日' };
  const rent = Number(terms.yearlyRent);
  if (terms.kind === 'LEASE' && !(rent > 0)) return { code: 'BAD_USER_INPUT', reason: 'LEASE_NEEDS_RENT', field: 'yearlyRent', message: '出租须填写年租金' };
  if (terms.kind === 'LOAN' && rent !== 0) return { code: 'BAD_USER_INPUT', reason: 'LOAN_WITHOUT_RENT', field: 'yearlyRent', message: '出借不收租金，年租金应为 0' };
  return null;
}

type LeaseState = 'RUNNING' | 'ENDED';
interface LeaseForRules {
  endedOn: Date | null;
  startsOn: Date;
  endsOn: Date;
}

/** A lease or loan is ended early once (终止); until then it runs its term. */
export const leaseMachine = stateMachine<LeaseState, 'end', LeaseForRules>({
  stateOf: (lease) => (lease.endedOn ? 'ENDED' : 'RUNNING'),
  transitions: { end: { from: ['RUNNING'], to: 'ENDED', roles: ASSETS_WRITERS } },
});

/** An early end falls within the term. */
export function leaseEndProblem(lease: LeaseForRules, endedOn: Date): Refusal | null {
  return endedOn < lease.startsOn || endedOn > lease.endsOn
    ? { code: 'BAD_USER_INPUT', reason: 'OUTSIDE_TERM', field: 'endedOn', message: '终止日期须在租期之内' }
    : null;
}

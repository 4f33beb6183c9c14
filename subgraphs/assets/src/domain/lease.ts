import type { LeaseKind } from '../../prisma/generated/enums.ts';

export interface LeaseTerms {
  kind: LeaseKind;
  startsOn: Date;
  endsOn: Date;
  /** Yuan a year, as entered */
  yearlyRent: string;
}

/** What is wrong with a lease's terms, as the input field to fix: a lease earns rent, a loan (出借) none. */
export function leaseTermsProblem(terms: LeaseTerms): { field: string; message: string } | null {
  if (terms.endsOn <= terms.startsOn) return { field: 'endsOn', message: '到期日须晚于起始日' };
  const rent = Number(terms.yearlyRent);
  if (terms.kind === 'LEASE' && !(rent > 0)) return { field: 'yearlyRent', message: '出租须填写年租金' };
  if (terms.kind === 'LOAN' && rent !== 0) return { field: 'yearlyRent', message: '出借不收租金，年租金应为 0' };
  return null;
}

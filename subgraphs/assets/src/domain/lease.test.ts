import { describe, expect, it } from 'vitest';
import { leaseTermsProblem } from './lease.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const terms = { kind: 'LEASE' as const, startsOn: day('2025-01-01'), endsOn: day('2027-12-31'), yearlyRent: '120000.00' };

describe('leaseTermsProblem', () => {
  it('accepts a lease with rent and a loan without', () => {
    expect(leaseTermsProblem(terms)).toBeNull();
    expect(leaseTermsProblem({ ...terms, kind: 'LOAN', yearlyRent: '0' })).toBeNull();
  });
  it('needs the end after the start', () => {
    expect(leaseTermsProblem({ ...terms, endsOn: terms.startsOn })?.field).toBe('endsOn');
  });
  it('needs rent on a lease and none on a loan', () => {
    expect(leaseTermsProblem({ ...terms, yearlyRent: '0.00' })?.field).toBe('yearlyRent');
    expect(leaseTermsProblem({ ...terms, kind: 'LOAN' })?.field).toBe('yearlyRent');
  });
});

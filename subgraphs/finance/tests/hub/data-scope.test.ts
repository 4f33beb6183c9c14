import { describe, expect, it } from 'vitest';
import { as, AUDIT_UNIT, dataOf, expectError, OTHER_UNIT } from './client.ts';

/**
 * Who sees which finance rows: finance staff, leaders and admins every unit's; a unit user its own
 * unit's account sets (and closings) only; another department's staff is no reader of the domain.
 */
const LISTS = `query ($audit: ID!, $other: ID!) {
  all: accountSets { totalCount }
  ours: accountSets(filter: { organizationId: $audit }) { totalCount edges { node { organization { id } closings(first: 1) { totalCount } } } }
  theirs: accountSets(filter: { organizationId: $other }) { totalCount }
  units: agencyBookkeepingUnits { totalCount }
  payments { totalCount }
  ourPayments: payments(filter: { organizationId: $audit }) { totalCount edges { node { organization { id } accountSet { id } } } }
  theirPayments: payments(filter: { organizationId: $other }) { totalCount }
  ourCards: mealCards(filter: { organizationId: $audit }) { totalCount }
  theirCards: mealCards(filter: { organizationId: $other }) { totalCount }
  ourRuns: payrollRuns(filter: { organizationId: $audit, year: 2024 }) { totalCount }
  theirRuns: payrollRuns(filter: { organizationId: $other, year: 2024 }) { totalCount }
}`;

describe('the finance data scope', () => {
  it('finance staff, leaders and admins see every unit’s account sets', async () => {
    for (const user of ['finance', 'leader', 'admin'] as const) {
      const data = dataOf(await as(user, LISTS, { audit: AUDIT_UNIT, other: OTHER_UNIT }));
      expect(data.all.totalCount).toBeGreaterThanOrEqual(148);
      expect(data.ours.totalCount).toBeGreaterThanOrEqual(2);
      expect(data.theirs.totalCount).toBeGreaterThanOrEqual(2);
      expect(data.payments.totalCount).toBeGreaterThanOrEqual(27_200);
      expect(data.theirPayments.totalCount).toBeGreaterThan(0);
      expect([data.ourRuns.totalCount, data.theirRuns.totalCount]).toEqual([12, 12]);
      expect(data.theirCards.totalCount).toBeGreaterThan(0);
    }
  });

  it('a unit user sees its own unit’s only, on every path', async () => {
    const data = dataOf(await as('unit', LISTS, { audit: AUDIT_UNIT, other: OTHER_UNIT }));
    expect(data.all.totalCount).toBe(data.ours.totalCount);
    expect(data.theirs.totalCount).toBe(0);
    expect(data.payments.totalCount).toBe(data.ourPayments.totalCount);
    expect(data.ourPayments.totalCount).toBeGreaterThan(0);
    expect(data.theirPayments.totalCount).toBe(0);
    expect([data.ourRuns.totalCount, data.theirRuns.totalCount]).toEqual([12, 0]);
    expect(data.ourCards.totalCount).toBeGreaterThan(0);
    expect(data.theirCards.totalCount).toBe(0);
    expect(data.ourPayments.edges.every((e: any) => e.node.organization.id === AUDIT_UNIT && e.node.accountSet.id)).toBe(true);
    expect(dataOf(await as('unit', '{ payment(id: "payment-2024-000001") { id organization { id } } }')).payment?.organization.id ?? AUDIT_UNIT).toBe(AUDIT_UNIT);
    expect(data.ours.edges.every((e: any) => e.node.organization.id === AUDIT_UNIT && e.node.closings.totalCount >= 0)).toBe(true);
    expect(dataOf(await as('unit', '{ accountSet(id: "account-set-qwbgs-01") { id } }')).accountSet).toBeNull();
    expect(dataOf(await as('unit', '{ accountSet(id: "account-set-qsjj-01") { id } }')).accountSet).toEqual({ id: 'account-set-qsjj-01' });
    const entities = await as('unit', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id accountSets { totalCount } } } }', { r: [{ __typename: 'Organization', id: OTHER_UNIT }] });
    expect(entities.data?._entities?.[0]?.accountSets ?? null).toBeNull();
  });

  it('another department’s staff is no reader of the domain', async () => {
    expectError(await as('assets', LISTS, { audit: AUDIT_UNIT, other: OTHER_UNIT }), 'FORBIDDEN');
  });
});

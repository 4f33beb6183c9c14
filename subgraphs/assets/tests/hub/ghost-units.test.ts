import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { describe, expect, it } from 'vitest';
import { as, asDirect, auditCount, dataOf, expectError } from './client.ts';

/**
 * The attack report's finding 5: `setStaffing` registered any id as a unit ("", "does-not-exist", a
 * 100 kB string, a path), which the rest of the subgraph then trusted (rented spaces, vehicle
 * purchases were written for it). Now the directory is asked first: an id it does not know is
 * refused with UNKNOWN_UNIT, through the gateway and at the subgraph itself, and nothing is written.
 */
const SET_STAFFING = 'mutation ($id: ID!) { setStaffing(organizationId: $id, staffing: [{ rank: STAFF, approvedHeadcount: 3 }]) { id } }';
const CREATE_RENTED_SPACE = `mutation ($id: ID!) { createRentedSpace(input: {
  organizationId: $id, address: "幽灵路 1 号", landlord: "某公司", area: "100", yearlyRent: "1000", startsOn: "2025-03-01" }) { id organization { name } } }`;

const GHOSTS = { unknown: 'does-not-exist', path: '../../etc/passwd', long: 'x'.repeat(100_000) };

describe('no ghost units: a unit id the directory does not know is refused', () => {
  for (const [name, id] of Object.entries(GHOSTS)) {
    it(`setStaffing for the ${name} id is refused and registers nothing`, async () => {
      const before = await auditCount();
      const error = expectError(await as('assets', SET_STAFFING, { id }), 'BAD_USER_INPUT', 'organizationId');
      expect(error?.extensions?.reason).toBe('UNKNOWN_UNIT');
      expectError(await asDirect('assets', SET_STAFFING, { id }), 'BAD_USER_INPUT', 'organizationId');
      // Nothing registered: a record for the id is refused as for any unknown unit.
      expect(expectError(await as('assets', CREATE_RENTED_SPACE, { id }), 'BAD_USER_INPUT', 'input.organizationId')?.extensions?.reason).toBe('UNKNOWN_UNIT');
      expect(await auditCount()).toBe(before);
    });
  }

  it('the empty id is refused before any check', async () => {
    expect(expectError(await as('assets', SET_STAFFING, { id: '' }), 'BAD_USER_INPUT')?.extensions?.reason).toBe('EMPTY_ID');
  });

  it('a unit of the directory is accepted, and its rented space answers with the directory’s name', async () => {
    const unit = demoUnitId('区审计局');
    // The unit's own headcount, set again: the 2024 figures stay as the report has them.
    const { organization } = dataOf(await as('assets', 'query ($id: ID!) { organization(id: $id) { staffing { rank approvedHeadcount } } }', { id: unit }));
    const SET_AS_IS = 'mutation ($id: ID!, $staffing: [StaffingInput!]!) { setStaffing(organizationId: $id, staffing: $staffing) { id } }';
    dataOf(await as('assets', SET_AS_IS, { id: unit, staffing: organization.staffing }));
    const { createRentedSpace } = dataOf(await as('assets', CREATE_RENTED_SPACE, { id: unit }));
    expect(createRentedSpace.organization.name).toBe('松江区审计局');
  });
});

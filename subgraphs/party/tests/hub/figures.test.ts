import { describe, expect, it } from 'vitest';
import { as, dataOf, expectError } from './client.ts';

/**
 * The published 2024 Party-building figures (../shared/seed/figures-2024.md P1–P7) come out of the
 * graph, computed from the seeded rows. The other tests write rows dated outside 2024.
 */
const PARTY = `{ period(year: 2024) { party {
  centralGroupStudySessions disciplineEducationVisits activistsPutOnRecord probationaryMembersAdmitted
  organisationHonours individualHonours sectionCadresAppointed jointBranchesFounded firstJointBranchFoundedOn
  reElectionsDue reElectionsHeld allReElectionsHeld
} } }`;

describe('the 2024 Party-building figures', () => {
  it('equal the published ones', async () => {
    const { party } = dataOf(await as('leader', PARTY)).period;
    console.log(`period(year: 2024).party → ${JSON.stringify(party)}`);
    expect(party).toMatchObject({
      centralGroupStudySessions: 31, // P1
      disciplineEducationVisits: 3, // P2
      activistsPutOnRecord: 2, // P3
      probationaryMembersAdmitted: 1, // P3
      organisationHonours: 1, // P4
      individualHonours: 4, // P4
      sectionCadresAppointed: 6, // P5
      jointBranchesFounded: 1, // P6
      allReElectionsHeld: true, // P7
    });
    expect(party.firstJointBranchFoundedOn.startsWith('2024-')).toBe(true); // P6: the first one
    expect(party.reElectionsDue).toBeGreaterThan(0); // P7: some were due, and all were held
    expect(party.reElectionsHeld).toBe(party.reElectionsDue);
  });

  it('are for readers who see every unit', async () => {
    expect(dataOf(await as('party', PARTY)).period.party.centralGroupStudySessions).toBe(31);
    const unit = await as('unit', PARTY);
    expect(unit.data?.period?.party ?? null).toBeNull();
    expectError(unit, 'FORBIDDEN');
  });
});

/**
 * The seeded demo data gives the published 2024 Party-building figures (P1–P7 of
 * shared/seed/figures-2024.md), counted by partyFigures on the migrated and seeded database, the
 * embedded one and TEST_DATABASE_URL's. (The GraphQL-level check, Period.party, is tests/hub's.)
 */
import { databaseTargets } from '@jiguan/embedded-postgres/testing/database-targets';
import { describe, expect, it, vi } from 'vitest';

describe.each(databaseTargets())('partyFigures(2024) on $name', ({ url }) => {
  it('equals the published P1–P7', async () => {
    vi.resetModules();
    vi.stubEnv('DATABASE_URL', url);
    const { closeDatabase } = await import('../../src/db.ts');
    const { partyFigures } = await import('../../src/figures/party-figures.ts');
    try {
      expect(await partyFigures(2024)).toEqual({
        centralGroupStudySessions: 31, // P1
        disciplineEducationVisits: 3, // P2: 中共一大纪念馆, 松江区廉政教育馆, 方塔园廉政教育基地
        activistsPutOnRecord: 2, // P3
        probationaryMembersAdmitted: 1, // P3
        organisationHonours: 1, // P4: “1号先锋”先进基层党组织
        individualHonours: 4, // P4
        sectionCadresAppointed: 6, // P5
        jointBranchesFounded: 1, // P6: founded in 2024 …
        firstJointBranchFoundedOn: '2024-05-20', // … the first
        reElectionsDue: 4, // P7: the general branch and its three older branches …
        reElectionsHeld: 4, // … all re-elected
        members: 81,
        branches: 5,
      });
    } finally {
      await closeDatabase();
      vi.unstubAllEnvs();
    }
  });
});

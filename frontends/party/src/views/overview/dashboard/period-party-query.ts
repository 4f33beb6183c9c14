import { graphql } from '../../../generated/gql';
import type { PeriodPartyQuery } from '../../../generated/graphql';

/** The Party-building figures of a year (P1–P7 of the work report), computed by the party subgraph from its rows. */
export const periodPartyQuery = graphql(`
  query PeriodParty($year: Int!) {
    period(year: $year) {
      year
      party {
        centralGroupStudySessions disciplineEducationVisits activistsPutOnRecord probationaryMembersAdmitted
        organisationHonours individualHonours sectionCadresAppointed jointBranchesFounded firstJointBranchFoundedOn
        reElectionsDue reElectionsHeld allReElectionsHeld members branches
      }
    }
  }
`);

export type PartyFigures = NonNullable<PeriodPartyQuery['period']['party']>;

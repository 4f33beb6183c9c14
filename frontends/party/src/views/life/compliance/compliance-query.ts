import { graphql } from '../../../generated/gql';
import type { PartyComplianceQuery } from '../../../generated/graphql';

/** 三会一课 of every branch (or one) for the twelve months of a year: what was held, what is missing. */
export const complianceQuery = graphql(`
  query PartyCompliance($year: Int!, $branchId: ID) {
    organisationalLifeCompliance(year: $year, branchId: $branchId) {
      compliant
      branch { id name canManage }
      months { month checked compliant missing held { kind count } }
    }
  }
`);

export type BranchComplianceRow = PartyComplianceQuery['organisationalLifeCompliance'][number];
export type MonthComplianceCell = BranchComplianceRow['months'][number];

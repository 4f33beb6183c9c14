import { graphql } from '../../../generated/gql';

export const plansQuery = graphql(`
  query AssetsRevitalisationPlans($first: Int, $after: String, $last: Int, $before: String, $filter: RevitalisationPlanFilter) {
    revitalisationPlans(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id building { id code name } surveyedOn planType status expectedYearlyIncome description } }
    }
  }
`);

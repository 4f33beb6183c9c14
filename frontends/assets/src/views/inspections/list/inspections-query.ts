import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { AssetsInspectionsQuery } from '../../../generated/graphql';

/** Problems shown per inspection (the `problems` variable); the row says when there are more. */
export const problemsPerInspection = 20;

export const inspectionsQuery = graphql(`
  query AssetsInspections($first: Int, $after: String, $last: Int, $before: String, $filter: InspectionFilter, $problems: Int!) {
    inspections(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id inspectedOn inspectors organization { id name }
          problems(first: $problems) {
            totalCount
            edges {
              node {
                id category description building { id name }
                rectificationItems(first: 10) { totalCount edges { node { id suggestion owner dueOn status overdue } } }
              }
            }
          }
        }
      }
    }
  }
`);

export type InspectionRow = NodeOf<AssetsInspectionsQuery['inspections']>;

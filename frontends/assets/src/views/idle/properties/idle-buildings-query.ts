import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { AssetsIdleBuildingsQuery } from '../../../generated/graphql';

/** The properties in use as 闲置 (idle), each with its latest 一房一策 plan. */
export const idleBuildingsQuery = graphql(`
  query AssetsIdleBuildings($first: Int, $after: String, $last: Int, $before: String, $search: String) {
    buildings(first: $first, after: $after, last: $last, before: $before, filter: { currentUse: IDLE, search: $search }) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id code name address owningUnit { name } floorArea bookValue
          plans(first: 1) { totalCount edges { node { id planType status expectedYearlyIncome } } }
        }
      }
    }
  }
`);

export type IdleBuildingRow = NodeOf<AssetsIdleBuildingsQuery['buildings']>;

import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { AssetsBuildingsQuery } from '../../../generated/graphql';

export const buildingsQuery = graphql(`
  query AssetsBuildings($first: Int, $after: String, $last: Int, $before: String, $filter: BuildingFilter) {
    buildings(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id code name address owningUnit { id name } usingUnit { id name }
          landArea floorArea certificateStatus titleRegistration currentUse bookValue openRectificationCount
        }
      }
    }
  }
`);

export type BuildingRow = NodeOf<AssetsBuildingsQuery['buildings']>;

import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { AssetsVehiclePurchasesQuery } from '../../../generated/graphql';

export const vehiclePurchasesQuery = graphql(`
  query AssetsVehiclePurchases($first: Int, $after: String, $last: Int, $before: String, $filter: VehiclePurchaseApprovalFilter) {
    vehiclePurchaseApprovals(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id organization { name } vehicleKind energyType quantity budget reason requestedOn status decidedOn decisionReason allowedActions } }
    }
  }
`);

export type VehiclePurchaseRow = NodeOf<AssetsVehiclePurchasesQuery['vehiclePurchaseApprovals']>;

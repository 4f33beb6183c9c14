import { graphql } from '../../../generated/gql';

/** What a disposal may name, of one unit: its properties and vehicles, and the warehouse's listed items. */
export const disposalAssetOptionsQuery = graphql(`
  query AssetsDisposalAssetOptions($unitId: ID!) {
    buildings(first: 50, filter: { owningUnitId: $unitId }) { edges { node { id code name bookValue } } }
    vehicles(first: 50, filter: { organizationId: $unitId, status: IN_SERVICE }) { edges { node { id plateNumber model purchasePrice } } }
    warehouseItems(first: 50, filter: { state: LISTED }) { edges { node { id code name originalValue availableQuantity } } }
  }
`);

import { graphql } from '../../../generated/gql';

/** The properties a unit owns or uses: where an inspection's problems can be. */
export const unitBuildingsQuery = graphql(`
  query AssetsUnitBuildings($unitId: ID!) {
    owned: buildings(first: 50, filter: { owningUnitId: $unitId }) { edges { node { id code name } } }
    used: buildings(first: 50, filter: { usingUnitId: $unitId }) { edges { node { id code name } } }
  }
`);

import { graphql } from '../../../generated/gql';

/** Buildings to file a repair for (a unit user sees those its unit owns or uses), with their rooms. */
export const buildingOptionsQuery = graphql(`
  query WorkOrderBuildingOptions($search: String) { buildings(first: 20, filter: { search: $search }) { edges { node { id code name } } } }
`);

export const buildingRoomsQuery = graphql(`
  query WorkOrderBuildingRooms($id: ID!) {
    building(id: $id) { id floors(first: 30) { edges { node { id label rooms(first: 60) { edges { node { id number } } } } } } }
  }
`);

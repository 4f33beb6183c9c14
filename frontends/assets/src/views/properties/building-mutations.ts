import { graphql } from '../../generated/gql';

/* The register's own changes: a property taken in, its facts corrected. */

export const createBuildingMutation = graphql(`
  mutation CreateBuilding($input: CreateBuildingInput!) {
    createBuilding(input: $input) { id code name }
  }
`);

export const updateBuildingMutation = graphql(`
  mutation UpdateBuilding($id: ID!, $input: UpdateBuildingInput!) {
    updateBuilding(id: $id, input: $input) { id code name }
  }
`);

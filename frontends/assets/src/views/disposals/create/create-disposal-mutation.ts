import { graphql } from '../../../generated/gql';

export const createDisposalMutation = graphql(`
  mutation CreateDisposal($input: CreateDisposalInput!) {
    createDisposal(input: $input) { id code status assetName allowedActions }
  }
`);

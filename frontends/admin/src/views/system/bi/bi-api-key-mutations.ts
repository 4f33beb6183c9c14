import { graphql } from '../../../generated/gql';

export const createBiApiKeyMutation = graphql(`
  mutation CreateBiApiKey($input: CreateBiApiKeyInput!) { createBiApiKey(input: $input) { key apiKey { id name } } }
`);

export const revokeBiApiKeyMutation = graphql(`
  mutation RevokeBiApiKey($id: ID!) { revokeBiApiKey(id: $id) { id status allowedActions } }
`);

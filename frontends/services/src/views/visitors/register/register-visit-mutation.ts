import { graphql } from '../../../generated/gql';

export const registerVisitMutation = graphql(`
  mutation RegisterVisit($input: RegisterVisitInput!) {
    registerVisit(input: $input) { id visitorName expectedAt status }
  }
`);

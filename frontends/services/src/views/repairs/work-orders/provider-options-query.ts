import { graphql } from '../../../generated/gql';

/** The providers a work order can be assigned to: the 维保 and 物业 companies first, then the rest. */
export const providerOptionsQuery = graphql(`
  query WorkOrderProviderOptions { serviceProviders(first: 50) { edges { node { id name kind } } } }
`);

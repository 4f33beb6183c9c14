import { graphql } from '../../../generated/gql';

/** The providers a work order can be assigned to (the bureau contracts a handful; fifty is room to spare). */
export const providerOptionsQuery = graphql(`
  query WorkOrderProviderOptions { serviceProviders(first: 50) { edges { node { id name kind } } } }
`);

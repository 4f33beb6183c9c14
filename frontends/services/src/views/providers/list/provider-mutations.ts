import { graphql } from '../../../generated/gql';

export const createServiceProviderMutation = graphql(`
  mutation CreateServiceProvider($input: CreateServiceProviderInput!) { createServiceProvider(input: $input) { id name kind } }
`);

export const createProviderContractMutation = graphql(`
  mutation CreateProviderContract($input: CreateProviderContractInput!) { createProviderContract(input: $input) { id number } }
`);

export const recordProviderAssessmentMutation = graphql(`
  mutation RecordProviderAssessment($input: RecordProviderAssessmentInput!) { recordProviderAssessment(input: $input) { id year quarter score } }
`);

export const recordProviderTrainingMutation = graphql(`
  mutation RecordProviderTraining($input: RecordProviderTrainingInput!) { recordProviderTraining(input: $input) { id topic heldOn } }
`);

import { graphql } from '../../../generated/gql';

export const recordInspectionMutation = graphql(`
  mutation RecordInspection($input: RecordInspectionInput!) {
    recordInspection(input: $input) { id inspectedOn organization { name } problems(first: 1) { totalCount } }
  }
`);

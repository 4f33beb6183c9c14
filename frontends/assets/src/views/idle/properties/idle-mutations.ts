import { graphql } from '../../../generated/gql';

/* What happens to an idle property: its 一房一策 plan, a hand-over to be let, a lease or loan; and space rented in for units. */

export const createRevitalisationPlanMutation = graphql(`
  mutation CreateRevitalisationPlan($input: CreateRevitalisationPlanInput!) {
    createRevitalisationPlan(input: $input) { id planType building { id name } }
  }
`);

export const recordHandoverMutation = graphql(`
  mutation RecordHandover($input: RecordHandoverInput!) {
    recordHandover(input: $input) { id handedOverOn building { id name } recipient { id name } }
  }
`);

export const createLeaseMutation = graphql(`
  mutation CreateLease($input: CreateLeaseInput!) {
    createLease(input: $input) { id kind counterparty building { id name } }
  }
`);

export const endLeaseMutation = graphql(`
  mutation EndLease($id: ID!, $endedOn: Date!) {
    endLease(id: $id, endedOn: $endedOn) { id endedOn counterparty building { id name } }
  }
`);

export const createRentedSpaceMutation = graphql(`
  mutation CreateRentedSpace($input: CreateRentedSpaceInput!) {
    createRentedSpace(input: $input) { id address organization { id name } }
  }
`);

export const giveUpRentedSpaceMutation = graphql(`
  mutation GiveUpRentedSpace($id: ID!, $givenUpOn: Date!) {
    giveUpRentedSpace(id: $id, givenUpOn: $givenUpOn) { id address givenUpOn organization { id name } }
  }
`);

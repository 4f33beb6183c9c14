import { graphql } from '../../../generated/gql';

/** Each answers the member written; the page reloads the list. */
export const recordDuesPaymentMutation = graphql(`
  mutation RecordDuesPayment($input: RecordDuesPaymentInput!, $year: Int!) {
    recordDuesPayment(input: $input) { id unpaidMonths(year: $year) person { name } }
  }
`);
export const declareMemberIncomeMutation = graphql(`
  mutation DeclareMemberIncome($input: DeclareMemberIncomeInput!) { declareMemberIncome(input: $input) { id monthlyIncome monthlyDues person { name } } }
`);
export const transferMemberInMutation = graphql(`
  mutation TransferMemberIn($input: TransferMemberInInput!) { transferMemberIn(input: $input) { id status person { name } } }
`);
export const transferMemberOutMutation = graphql(`
  mutation TransferMemberOut($input: TransferMemberOutInput!) { transferMemberOut(input: $input) { id status person { name } } }
`);

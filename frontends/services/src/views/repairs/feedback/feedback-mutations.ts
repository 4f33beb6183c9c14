import { graphql } from '../../../generated/gql';

export const submitFeedbackMutation = graphql(`
  mutation SubmitFeedback($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id subject status } }
`);

export const replyToFeedbackMutation = graphql(`
  mutation ReplyToFeedback($input: ReplyToFeedbackInput!) { replyToFeedback(input: $input) { id subject status } }
`);

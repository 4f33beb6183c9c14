import { graphql } from '../../generated/gql';

/** Shared by the menu page and 我的报餐: an order is cancelled from either. */
export const cancelMealOrderMutation = graphql(`
  mutation CancelMealOrder($input: MealOrderStepInput!) {
    cancelMealOrder(input: $input) { id sitting servedOn }
  }
`);

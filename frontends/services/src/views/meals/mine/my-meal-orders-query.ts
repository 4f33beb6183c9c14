import { graphql } from '../../../generated/gql';

/** The viewer's own meal orders from a day on, the nearest first. */
export const myMealOrdersQuery = graphql(`
  query MyMealOrders($from: Date, $first: Int, $after: String, $last: Int, $before: String) {
    mealOrders(filter: { mine: true, from: $from }, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id servedOn sitting orderedAt cutoff allowedActions canteen { id name } } }
    }
  }
`);

import { graphql } from '../../../generated/gql';

/** A canteen's sittings of a span of days: the orders beside the diners counted. */
export const mealForecastsQuery = graphql(`
  query MealForecasts($canteenId: ID!, $from: Date!, $to: Date!) {
    mealForecasts(canteenId: $canteenId, from: $from, to: $to) { servedOn sitting ordered counted }
  }
`);

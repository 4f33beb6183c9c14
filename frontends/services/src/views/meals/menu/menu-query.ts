import { graphql } from '../../../generated/gql';

/** The canteens to pick from (five; one page holds them). */
export const mealCanteensQuery = graphql(`
  query MealCanteens {
    canteens(first: 20) { edges { node { id name seats } } }
  }
`);

/** A canteen's menu of a day, the day's sittings (which take orders now, until when), and the viewer's own orders of that day (at whichever canteen). */
export const mealMenuQuery = graphql(`
  query MealMenu($canteenId: ID!, $servedOn: Date!) {
    menu(canteenId: $canteenId, servedOn: $servedOn, first: 100) {
      totalCount
      edges { node { id name category price sitting servedOn allowedActions } }
    }
    mealSittings(servedOn: $servedOn) { sitting cutoff open }
    mealOrders(first: 3, filter: { mine: true, from: $servedOn, to: $servedOn }) {
      edges { node { id sitting servedOn cutoff allowedActions canteen { id name } } }
    }
  }
`);

import { graphql } from '../../generated/gql';
import type { ServicesCanteensQuery } from '../../generated/graphql';

/** The bureau's canteens (five in the demo dataset; a page of 50 holds them all). */
export const canteensQuery = graphql(`
  query ServicesCanteens {
    canteens(first: 50) { edges { node { id name seats } } }
  }
`);

export type CanteenOption = ServicesCanteensQuery['canteens']['edges'][number]['node'];

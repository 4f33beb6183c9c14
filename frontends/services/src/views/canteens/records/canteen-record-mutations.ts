import { graphql } from '../../../generated/gql';

/* The four records of a canteen's day, as the services staff enter them. */

export const recordMealCountMutation = graphql(`
  mutation RecordMealCount($input: RecordMealCountInput!) {
    recordMealCount(input: $input) { id servedOn sitting diners canteen { id name } }
  }
`);

export const recordWasteSampleMutation = graphql(`
  mutation RecordWasteSample($input: RecordWasteSampleInput!) {
    recordWasteSample(input: $input) { id sampledOn coefficient canteen { id name } }
  }
`);

export const recordKitchenWasteMutation = graphql(`
  mutation RecordKitchenWaste($input: RecordKitchenWasteInput!) {
    recordKitchenWaste(input: $input) { id weighedOn kilograms canteen { id name } }
  }
`);

export const recordIngredientPurchaseMutation = graphql(`
  mutation RecordIngredientPurchase($input: RecordIngredientPurchaseInput!) {
    recordIngredientPurchase(input: $input) { id purchasedOn category amount canteen { id name } }
  }
`);

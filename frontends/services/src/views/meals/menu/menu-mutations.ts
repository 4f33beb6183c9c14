import { graphql } from '../../../generated/gql';

export const addMenuDishMutation = graphql(`
  mutation AddMenuDish($input: AddMenuDishInput!) {
    addMenuDish(input: $input) { id name sitting servedOn price canteen { id name } }
  }
`);

export const removeMenuDishMutation = graphql(`
  mutation RemoveMenuDish($input: MenuDishStepInput!) {
    removeMenuDish(input: $input) { id name }
  }
`);

export const orderMealMutation = graphql(`
  mutation OrderMeal($input: OrderMealInput!) {
    orderMeal(input: $input) { id sitting servedOn canteen { id name } }
  }
`);

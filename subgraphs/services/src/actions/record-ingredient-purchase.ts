import type { ServicesActionContext } from '../context.ts';
import type { RecordIngredientPurchaseInput } from '../schema/canteen.ts';
import { createAudited } from '@jiguan/shared-schema/workflow/create-audited';
import { canteenExists } from './canteen-exists.ts';

/** 食材采购: supplier, category, quantity and amount. */
export const recordIngredientPurchase = ({ actor, db }: ServicesActionContext, input: typeof RecordIngredientPurchaseInput.$inferInput, query?: object) =>
  createAudited(db, actor, { action: 'ingredientPurchase.record', entity: 'IngredientPurchase', requires: canteenExists(input.canteenId), create: (tx) => tx.ingredientPurchase.create({ ...query, data: input }) });

import type { ServicesActionContext } from '../context.ts';
import type { RecordKitchenWasteInput } from '../schema/canteen.ts';
import { createAudited } from '@jiguan/shared-schema/workflow/create-audited';
import { canteenExists } from './canteen-exists.ts';

/** 餐厨垃圾 weighed at collection. */
export const recordKitchenWaste = ({ actor, db }: ServicesActionContext, input: typeof RecordKitchenWasteInput.$inferInput, query?: object) =>
  createAudited(db, actor, { action: 'kitchenWaste.record', entity: 'KitchenWasteWeighing', requires: canteenExists(input.canteenId), create: (tx) => tx.kitchenWasteWeighing.create({ ...query, data: input }) });

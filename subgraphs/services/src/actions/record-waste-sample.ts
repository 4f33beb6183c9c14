import type { ServicesActionContext } from '../context.ts';
import type { RecordWasteSampleInput } from '../schema/canteen.ts';
import { createAudited } from '@jiguan/shared-schema/workflow/create-audited';
import { canteenExists } from './canteen-exists.ts';

/** A day's sampled plates: what was served and what was left (the waste coefficient comes from these). */
export const recordWasteSample = ({ actor, db }: ServicesActionContext, input: typeof RecordWasteSampleInput.$inferInput, query?: object) =>
  createAudited(db, actor, { action: 'wasteSample.record', entity: 'WasteSample', requires: canteenExists(input.canteenId), create: (tx) => tx.wasteSample.create({ ...query, data: input }) });

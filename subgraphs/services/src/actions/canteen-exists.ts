import type { Requirement } from '@jiguan/shared-schema/workflow/create-audited';
import type { Prisma } from '../../prisma/generated/client.ts';

/** A record of a canteen names one that exists (createAudited's `requires`). */
export const canteenExists = (id: string) => async (tx: Prisma.TransactionClient): Promise<Requirement> => ({
  exists: (await tx.canteen.count({ where: { id } })) > 0,
  field: 'input.canteenId',
  reason: 'UNKNOWN_CANTEEN',
  what: '食堂',
});

import type { ServicesActionContext } from '../context.ts';
import type { RecordProviderTrainingInput } from '../schema/provider.ts';
import { createAudited } from '@jiguan/shared-schema/workflow/create-audited';

/** A training a provider held for its staff. */
export const recordProviderTraining = ({ actor, db }: ServicesActionContext, input: typeof RecordProviderTrainingInput.$inferInput, query?: object) =>
  createAudited(db, actor, {
    action: 'providerTraining.record',
    entity: 'ProviderTraining',
    requires: async (tx) => ({ exists: (await tx.serviceProvider.count({ where: { id: input.providerId } })) > 0, field: 'input.providerId', reason: 'UNKNOWN_PROVIDER', what: '服务单位' }),
    create: (tx) => tx.providerTraining.create({ ...query, data: input }),
  });

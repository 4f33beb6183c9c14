import type { ServicesActionContext } from '../context.ts';
import type { CreateProviderContractInput } from '../schema/provider.ts';
import { createAudited } from '@jiguan/shared-schema/workflow/create-audited';

/** A contract with a provider (period, amount, scope). */
export const createProviderContract = ({ actor, db }: ServicesActionContext, input: typeof CreateProviderContractInput.$inferInput, query?: object) =>
  createAudited(db, actor, {
    action: 'providerContract.create',
    entity: 'ProviderContract',
    requires: async (tx) => ({ exists: (await tx.serviceProvider.count({ where: { id: input.providerId } })) > 0, field: 'input.providerId', reason: 'UNKNOWN_PROVIDER', what: '服务单位' }),
    create: (tx) => tx.providerContract.create({ ...query, data: input }),
    duplicate: { reason: 'CONTRACT_NUMBER_TAKEN', message: '合同编号已存在' },
  });

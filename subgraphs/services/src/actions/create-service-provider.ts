import { randomUUID } from 'node:crypto';
import type { ServicesActionContext } from '../context.ts';
import type { CreateServiceProviderInput } from '../schema/provider.ts';
import { createAudited } from '@jiguan/shared-schema/workflow/create-audited';

/** 社会化服务单位: a provider the bureau contracts. */
export const createServiceProvider = ({ actor, db }: ServicesActionContext, input: typeof CreateServiceProviderInput.$inferInput, query?: object) =>
  createAudited(db, actor, {
    action: 'serviceProvider.create',
    entity: 'ServiceProvider',
    create: (tx) => tx.serviceProvider.create({ ...query, data: { id: randomUUID(), ...input } }),
    duplicate: { reason: 'NAME_TAKEN', message: '已有同名服务单位' },
  });

import type { HubContext, ScopedContext } from '@jiguan/shared-schema/context';
import { createScopedClients } from '@jiguan/shared-schema/scope/create-scoped-client';
import type { ActionContext } from '@jiguan/shared-schema/workflow/run-transition';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import type { PrismaClient } from '../prisma/generated/client.ts';
import { prisma } from './db.ts';
import { servicesScopeRules } from './scope-rules.ts';

/** What the services resolvers receive: the viewer and the request's scoped Prisma client. */
export type ServicesContext = ScopedContext<PrismaClient>;

/** What every action receives: the actor and the request's scoped client. */
export type ServicesActionContext = ActionContext<PrismaClient>;

const scopedClients = createScopedClients(prisma, getDatamodel(), servicesScopeRules);

/** The context of one request: every read it makes sees only the viewer's rows. */
export function createServicesContext(base: HubContext): ServicesContext {
  return { ...base, db: scopedClients.forViewer(base.viewer) };
}

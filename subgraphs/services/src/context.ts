import type { HubContext, ScopedContext } from '@jiguan/shared-schema/context';
import type { UnitCheck } from '@jiguan/shared-schema/directory/unit-check';
import { createScopedClients } from '@jiguan/shared-schema/scope/create-scoped-client';
import type { ActionContext } from '@jiguan/shared-schema/workflow/run-transition';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import type { PrismaClient } from '../prisma/generated/client.ts';
import { prisma } from './db.ts';
import { servicesScopeRules } from './scope-rules.ts';

/** What the services resolvers receive: the viewer, the request's scoped Prisma client and the directory's checks. */
export interface ServicesContext extends ScopedContext<PrismaClient> {
  /** Refuses a unit id the directory does not know (asked with the caller's token). */
  requireDirectoryUnit: (id: string, field: string) => Promise<void>;
  /** Refuses person ids the directory does not know or the caller may not see. */
  requireDirectoryPeople: (ids: readonly string[], field: string) => Promise<void>;
}

/** What every action receives: the actor and the request's scoped client. */
export type ServicesActionContext = ActionContext<PrismaClient>;

/** The directory checks an action makes before its transaction opens (the embedded database has one connection). */
export type DirectoryChecks = Pick<ServicesContext, 'requireDirectoryUnit' | 'requireDirectoryPeople'>;

const scopedClients = createScopedClients(prisma, getDatamodel(), servicesScopeRules);

/** The context of one request: every read it makes sees only the viewer's rows. */
export function createServicesContext(base: HubContext, directory: UnitCheck): ServicesContext {
  return {
    ...base,
    db: scopedClients.forViewer(base.viewer),
    requireDirectoryUnit: (id, field) => directory.requireUnit(id, base.token, field),
    requireDirectoryPeople: (ids, field) => directory.requirePeople(ids, base.token, field),
  };
}

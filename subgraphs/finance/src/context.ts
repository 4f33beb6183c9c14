import { hasRole } from '@jiguan/shared-schema/auth/viewer';
import type { HubContext, ScopedContext } from '@jiguan/shared-schema/context';
import type { UnitCheck } from '@jiguan/shared-schema/directory/unit-check';
import { createScopedClients } from '@jiguan/shared-schema/scope/create-scoped-client';
import type { ActionContext } from '@jiguan/shared-schema/workflow/run-transition';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import type { PrismaClient } from '../prisma/generated/client.ts';
import { prisma } from './db.ts';
import { financeScopeRules } from './scope-rules.ts';

/** What the finance resolvers receive: the viewer, the request's scoped Prisma client and the directory's checks. */
export interface FinanceContext extends ScopedContext<PrismaClient> {
  /** Refuses a unit id the directory does not know (asked with the caller's token). */
  requireDirectoryUnit: (id: string, field: string) => Promise<void>;
  /** Refuses person ids the directory does not know or the caller may not see. */
  requireDirectoryPeople: (ids: readonly string[], field: string) => Promise<void>;
}

/** What every action receives: the actor and the request's scoped client. */
export type FinanceActionContext = ActionContext<PrismaClient>;

/** The directory checks an action makes before its transaction opens (the embedded database has one connection). */
export type DirectoryChecks = Pick<FinanceContext, 'requireDirectoryUnit' | 'requireDirectoryPeople'>;

/**
 * Who sees every finance row: finance staff and admins. Leaders see every unit's rows too (their
 * scope is ALL), but salary lines are personal (the field scope of PayrollLine keeps them to
 * finance staff and the person).
 */
const seesEveryFinanceRow = (viewer: Parameters<typeof hasRole>[0]) => viewer !== null && hasRole(viewer, 'ADMIN', 'FINANCE_STAFF', 'LEADER') && viewer.dataScope === 'ALL';

const scopedClients = createScopedClients(prisma, getDatamodel(), financeScopeRules, { seesEveryRow: seesEveryFinanceRow });

/** The context of one request: every read it makes sees only the viewer's rows. */
export function createFinanceContext(base: HubContext, directory: UnitCheck): FinanceContext {
  return {
    ...base,
    db: scopedClients.forViewer(base.viewer),
    requireDirectoryUnit: (id, field) => directory.requireUnit(id, base.token, field),
    requireDirectoryPeople: (ids, field) => directory.requirePeople(ids, base.token, field),
  };
}

import type { HubContext } from '@jiguan/shared-schema/context';
import type { UnitCheck } from '@jiguan/shared-schema/directory/unit-check';
import type { ScopedContext } from '@jiguan/shared-schema/context';
import { createScopedClients } from '@jiguan/shared-schema/scope/create-scoped-client';
import type { ActionContext } from '@jiguan/shared-schema/workflow/run-transition';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import type { PrismaClient } from '../prisma/generated/client.ts';
import { prisma } from './db.ts';
import { assetsScopeRules } from './scope-rules.ts';

/** What the assets resolvers receive: the viewer, the request's scoped Prisma client and the unit check. */
export interface AssetsContext extends ScopedContext<PrismaClient> {
  /** Refuses a unit id the directory does not know (asked with the caller's token); see setStaffing. */
  requireDirectoryUnit: (id: string, field: string) => Promise<void>;
}

const scopedClients = createScopedClients(prisma, getDatamodel(), assetsScopeRules);

/** The context of one request: every read it makes sees only the viewer's rows. */
export function createAssetsContext(base: HubContext, units: UnitCheck): AssetsContext {
  return { ...base, db: scopedClients.forViewer(base.viewer), requireDirectoryUnit: (id, field) => units.requireUnit(id, base.token, field) };
}

/** What every action receives: the actor and the request's scoped client. */
export type AssetsActionContext = ActionContext<PrismaClient>;

import type { HubContext } from '@jiguan/shared-schema/context';
import type { ScopedContext } from '@jiguan/shared-schema/context';
import { createScopedClients } from '@jiguan/shared-schema/scope/create-scoped-client';
import type { ActionContext } from '@jiguan/shared-schema/workflow/run-transition';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import type { PrismaClient } from '../prisma/generated/client.ts';
import { prisma } from './db.ts';
import { assetsScopeRules } from './scope-rules.ts';

/** What the assets resolvers receive: the viewer and the request's scoped Prisma client. */
export type AssetsContext = ScopedContext<PrismaClient>;

const scopedClients = createScopedClients(prisma, getDatamodel(), assetsScopeRules);

/** The context of one request: every read it makes sees only the viewer's rows. */
export function createAssetsContext(base: HubContext): AssetsContext {
  return { ...base, db: scopedClients.forViewer(base.viewer) };
}

/** What every action receives: the actor and the request's scoped client. */
export type AssetsActionContext = ActionContext<PrismaClient>;

import type { HubContext, ScopedContext } from '@jiguan/shared-schema/context';
import type { UnitCheck } from '@jiguan/shared-schema/directory/unit-check';
import { createScopedClients } from '@jiguan/shared-schema/scope/create-scoped-client';
import type { ActionContext } from '@jiguan/shared-schema/workflow/run-transition';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import type { PrismaClient } from '../prisma/generated/client.ts';
import { prisma } from './db.ts';
import { seesEveryPartyRow } from './domain/access.ts';
import { partyScopeRules } from './scope-rules.ts';
import { viewerPartyOrganizations } from './viewer-organizations.ts';

/** What the party resolvers receive: the viewer, the request's scoped Prisma client and the directory's checks. */
export interface PartyContext extends ScopedContext<PrismaClient> {
  /** Refuses a unit id the directory does not know (asked with the caller's token). */
  requireDirectoryUnit: (id: string, field: string) => Promise<void>;
  /** Refuses person ids the directory does not know or the caller may not see. */
  requireDirectoryPeople: (ids: readonly string[], field: string) => Promise<void>;
  /** The Party organisations whose activities the viewer sees (viewer-organizations.ts); null for every one. */
  partyOrganizationIds: readonly string[] | null;
}

/** What every action receives: the actor and the request's scoped client. */
export type PartyActionContext = ActionContext<PrismaClient>;

const scopedClients = createScopedClients(prisma, getDatamodel(), partyScopeRules, { seesEveryRow: seesEveryPartyRow });

/** The context of one request: every read it makes sees only the viewer's rows. */
export async function createPartyContext(base: HubContext, directory: UnitCheck): Promise<PartyContext> {
  const partyOrganizationIds = await viewerPartyOrganizations(base.viewer);
  return {
    ...base,
    db: scopedClients.forViewer(base.viewer, partyOrganizationIds ?? []),
    partyOrganizationIds,
    requireDirectoryUnit: (id, field) => directory.requireUnit(id, base.token, field),
    requireDirectoryPeople: (ids, field) => directory.requirePeople(ids, base.token, field),
  };
}

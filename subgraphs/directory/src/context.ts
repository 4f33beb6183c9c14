import type { HubContext, ScopedContext } from '@jiguan/shared-schema/context';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { createScopedClients } from '@jiguan/shared-schema/scope/create-scoped-client';
import type { ActionContext } from '@jiguan/shared-schema/workflow/run-transition';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import type { PrismaClient } from '../prisma/generated/client.ts';
import type { TokenSettings } from './auth/issue-token.ts';
import type { LoginThrottle } from './auth/login-throttle.ts';
import { prisma } from './db.ts';
import { directoryScopeRules } from './scope-rules.ts';

/** The directory also signs tokens, so its resolvers get the signing settings and the login throttle. */
export interface DirectoryContext extends ScopedContext<PrismaClient> {
  tokens: TokenSettings;
  loginThrottle: LoginThrottle;
}

/** What every directory action receives: the actor and the request's scoped client. */
export type DirectoryActionContext = ActionContext<PrismaClient>;

const scopedClients = createScopedClients(prisma, getDatamodel(), directoryScopeRules);

/** The context of one request: every read it makes sees only the viewer's rows. */
export function createDirectoryContext(base: HubContext, tokens: TokenSettings, loginThrottle: LoginThrottle): DirectoryContext {
  return { ...base, tokens, loginThrottle, db: scopedClients.forViewer(base.viewer) };
}

/**
 * After `login` the rest of the answer is read as the account that has just proved its password
 * (its payload shows the account and its unit), exactly as its token would let it.
 */
export function actAsSignedIn(context: DirectoryContext, viewer: Viewer): void {
  context.viewer = viewer;
  context.db = scopedClients.forViewer(viewer);
}

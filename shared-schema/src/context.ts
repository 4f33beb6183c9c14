import type { Viewer } from './auth/viewer.ts';
import type { ActionContext } from './workflow/run-transition.ts';

/** What every resolver of every subgraph receives. */
export interface HubContext {
  /** The verified caller; null only for the public operations (login, JWKS). */
  viewer: Viewer | null;
  /** The caller's bearer token as sent, for the calls this service makes on their behalf (a unit check); null when anonymous. */
  token: string | null;
  /** Correlates log lines of one request across gateway and subgraphs (`x-request-id`). */
  requestId: string;
  /** The caller's network address (see http/client-address.ts), e.g. what login attempts are counted by. */
  clientAddress: string;
}

/** The context of a subgraph with a database: the request's scoped Prisma client beside the viewer. */
export interface ScopedContext<TDb> extends HubContext {
  /** Every read of the request goes through it (see scope/create-scoped-client.ts). */
  db: TDb;
}

/** The viewer of a resolver that scope-auth already required to be logged in. */
export function requireViewer(context: HubContext): Viewer {
  if (!context.viewer) throw new Error('requireViewer called on a field without the `authenticated` scope');
  return context.viewer;
}

/** What a mutation hands its action: the viewer who acts, and the request's scoped client. */
export function actingAs<TDb>(context: ScopedContext<TDb>): ActionContext<TDb> {
  return { actor: requireViewer(context), db: context.db };
}

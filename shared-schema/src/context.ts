import type { Viewer } from './auth/viewer.ts';

/** What every resolver of every subgraph receives. */
export interface HubContext {
  /** The verified caller; null only for the public operations (login, JWKS). */
  viewer: Viewer | null;
  /** Correlates log lines of one request across gateway and subgraphs (`x-request-id`). */
  requestId: string;
}

/** The viewer of a resolver that scope-auth already required to be logged in. */
export function requireViewer(context: HubContext): Viewer {
  if (!context.viewer) throw new Error('requireViewer called on a field without the `authenticated` scope');
  return context.viewer;
}

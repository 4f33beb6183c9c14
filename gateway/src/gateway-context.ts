import type { HubContext } from '@jiguan/shared-schema/context';

/** The gateway's per-request context: the verified viewer and the raw token to pass on. */
export interface GatewayContext extends HubContext {
  /** The caller's bearer token, forwarded unchanged so each subgraph verifies it again. */
  token: string | null;
}

import type { HubContext } from '@jiguan/shared-schema/context';

/** The gateway's per-request context: the verified viewer, and the raw token each subgraph is sent to verify again. */
export type GatewayContext = HubContext;

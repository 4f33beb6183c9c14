import { operationChecksPlugin } from '@jiguan/shared-schema/limits/operation-checks';
import type { QueryLimits } from '@jiguan/shared-schema/limits/query-limits';
import type { GatewayConcern } from '../gateway-concern.ts';
import type { GatewayContext } from '../gateway-context.ts';
import type { AccountRateLimit } from './account-rate-limit.ts';

/**
 * Input hygiene and the query limits on every operation, checked before the plan runs (no subgraph
 * is called for a refused one); then, with a rate limit, the operation's cost charged to its caller.
 */
export function operationChecks(limits: QueryLimits, rateLimit?: AccountRateLimit): GatewayConcern {
  return { name: 'operation-checks', apolloPlugins: [operationChecksPlugin<GatewayContext>(limits, rateLimit?.charge)], stop: rateLimit?.stop };
}

import { operationChecksPlugin } from '@jiguan/shared-schema/limits/operation-checks';
import type { QueryLimits } from '@jiguan/shared-schema/limits/query-limits';
import type { GatewayConcern } from '../gateway-concern.ts';
import type { GatewayContext } from '../gateway-context.ts';

/** Input hygiene and the depth, alias and cost limits on every operation, checked before the plan runs (no subgraph is called for a refused one). */
export function operationChecks(limits: QueryLimits): GatewayConcern {
  return { name: 'operation-checks', apolloPlugins: [operationChecksPlugin<GatewayContext>(limits)] };
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayConcern } from '../gateway-concern.ts';
import type { GatewayContext } from '../gateway-context.ts';

/**
 * A subgraph's TOO_MANY_REQUESTS (the directory's login throttle) reaches the client as it left the
 * subgraph: HTTP 429 with `Retry-After` from the error's `params.retryAfterSeconds`.
 */
export function tooManyRequests(): GatewayConcern {
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const refusal = response.body.singleResult.errors?.find((e) => e.extensions?.code === 'TOO_MANY_REQUESTS');
          if (!refusal) return;
          response.http.status = 429;
          const seconds = (refusal.extensions?.params as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
          if (typeof seconds === 'number') response.http.headers.set('retry-after', String(seconds));
        },
      };
    },
  };
  return { name: 'too-many-requests', apolloPlugins: [plugin] };
}

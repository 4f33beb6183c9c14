/**
 * Hive Gateway as a peer: its defaults, plus what our gateway does for every request that a
 * peer must do too to be compared fairly — pass the caller's Authorization header on to the
 * subgraphs (which verify it). Used as `hive-gateway supergraph <file> --config-path <this>`.
 */
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const authorization = request.headers.get('authorization');
      return authorization ? { authorization } : {};
    },
  },
});

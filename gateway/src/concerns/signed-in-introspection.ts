import type { ApolloServerPlugin } from '@apollo/server';
import { fragmentsOf, rootFieldNames } from '@jiguan/shared-schema/document-parts';
import { UnauthenticatedError } from '@jiguan/shared-schema/errors';
import type { GatewayConcern } from '../gateway-concern.ts';
import type { GatewayContext } from '../gateway-context.ts';

const INTROSPECTION_FIELDS = ['__schema', '__type'];

/**
 * The schema is shown to signed-in callers only (the cockpit and BI tools read it), as every
 * subgraph already does: an anonymous `__schema` or `__type` is UNAUTHENTICATED, HTTP 401.
 */
export function signedInIntrospection(): GatewayConcern {
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (contextValue.viewer || !operation) return;
          const fields = rootFieldNames(operation.selectionSet, fragmentsOf(document));
          if (!INTROSPECTION_FIELDS.some((name) => fields.has(name))) return;
          const error = new UnauthenticatedError('请先登录后再读取接口结构');
          error.extensions.http = { status: 401 };
          throw error;
        },
      };
    },
  };
  return { name: 'signed-in-introspection', apolloPlugins: [plugin] };
}

import type { ApolloServerPlugin } from '@apollo/server';
import { UnauthenticatedError } from '@jiguan/shared-schema/errors';
import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { GatewayConcern } from '../gateway-concern.ts';
import type { GatewayContext } from '../gateway-context.ts';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** Whether the root selection, through inline fragments and fragment spreads, asks for the schema. */
function asksForSchema(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): boolean {
  return selectionSet.selections.some((s) => {
    if (s.kind === Kind.FIELD) return INTROSPECTION_FIELDS.has(s.name.value);
    if (s.kind === Kind.INLINE_FRAGMENT) return asksForSchema(s.selectionSet, document, seen);
    if (seen.has(s.name.value)) return false;
    seen.add(s.name.value);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION && asksForSchema(fragment.selectionSet, document, seen);
  });
}

/**
 * The schema is shown to signed-in callers only (the cockpit and BI tools read it), as every
 * subgraph already does: an anonymous `__schema` or `__type` is UNAUTHENTICATED, HTTP 401.
 */
export function signedInIntrospection(): GatewayConcern {
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (contextValue.viewer || !operation || !asksForSchema(operation.selectionSet, document)) return;
          const error = new UnauthenticatedError('请先登录后再读取接口结构');
          error.extensions.http = { status: 401 };
          throw error;
        },
      };
    },
  };
  return { name: 'signed-in-introspection', apolloPlugins: [plugin] };
}

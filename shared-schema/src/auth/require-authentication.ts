import type { ApolloServerPlugin } from '@apollo/server';
import type { HubContext } from '../context.ts';
import { fragmentsOf, rootFieldNames } from '../document-parts.ts';
import { UnauthenticatedError } from '../errors.ts';

/**
 * Refuses every operation of an anonymous caller unless it asks only for the public root fields
 * (e.g. `login`). Runs before execution, so a subgraph reached directly — not through the gateway —
 * is as closed as one behind it. Field scopes then decide what a logged-in viewer may do.
 */
export function requireAuthentication<TContext extends HubContext>(publicRootFields: readonly string[]): ApolloServerPlugin<TContext> {
  const allowed = new Set([...publicRootFields, '__typename']);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (contextValue.viewer || !operation) return;
          for (const name of rootFieldNames(operation.selectionSet, fragmentsOf(document))) {
            if (!allowed.has(name)) {
              const error = new UnauthenticatedError();
              error.extensions.http = { status: 401 };
              throw error;
            }
          }
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { HubContext } from '../context.ts';
import { UnauthenticatedError } from '../errors.ts';

function rootFieldNames(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  names = new Set<string>(),
): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFieldNames(selection.selectionSet, fragments, names);
    else {
      const fragment = fragments[selection.name.value];
      if (fragment) rootFieldNames(fragment.selectionSet, fragments, names);
    }
  }
  return names;
}

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
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          for (const name of rootFieldNames(operation.selectionSet, fragments)) {
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

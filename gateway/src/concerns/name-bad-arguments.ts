import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { GatewayConcern } from '../gateway-concern.ts';
import type { GatewayContext } from '../gateway-context.ts';

/** For every argument value in the document (nested input fields too), its path: `first`, `input.username`. */
function argumentPaths(document: DocumentNode): Map<ASTNode, string> {
  const paths = new Map<ASTNode, string>();
  const stack: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void stack.push(node.name.value), leave: () => void stack.pop() },
    ObjectField: { enter: (node) => void stack.push(node.name.value), leave: () => void stack.pop() },
    enter(node) {
      if (stack.length > 0 && !paths.has(node)) paths.set(node, stack.join('.'));
    },
  });
  return paths;
}

/**
 * graphql-js reports a literal argument of the wrong type by its value alone (`Int cannot represent
 * non-integer value: "ten"`). This names the argument, as the hub does for bad input everywhere:
 * `extensions.field` holds its path (`first`, `input.username`), which the error formatter passes on.
 */
export function nameBadArguments(): GatewayConcern {
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async validationDidStart({ document }) {
          return async (errors?: readonly Error[]) => {
            if (!errors?.length) return;
            const paths = argumentPaths(document);
            for (const error of errors) {
              if (!(error instanceof GraphQLError)) continue;
              const path = error.nodes?.length === 1 && error.nodes[0] ? paths.get(error.nodes[0]) : undefined;
              if (path && error.extensions.field === undefined) error.extensions.field = path;
            }
          };
        },
      };
    },
  };
  return { name: 'name-bad-arguments', apolloPlugins: [plugin] };
}

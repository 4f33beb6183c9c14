import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { fragmentsOf } from '../document-parts.ts';
import { inputProblem } from './input-hygiene.ts';
import { measureOperation } from './operation-size.ts';
import { DEFAULT_QUERY_LIMITS, refusalFor, type QueryLimits } from './query-limits.ts';

/**
 * Apollo Server plugin run by the gateway and by every subgraph once an operation's document is
 * resolved (variables known, nothing executed, no subgraph called): its input hygiene (BAD_USER_INPUT
 * naming the argument) and then its size against the query limits (QUERY_TOO_COMPLEX with the limit
 * and the figure). A refused mutation has changed nothing.
 */
export function operationChecksPlugin<TContext extends BaseContext>(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          const variables = request.variables ?? {};
          const refusal = inputProblem(schema, operation, fragments, variables) ?? refusalFor(measureOperation(schema, operation, fragments, variables), limits);
          if (!refusal) return;
          // Apollo answers an error thrown before execution with this status.
          refusal.extensions.http = { status: 400 };
          throw refusal;
        },
      };
    },
  };
}

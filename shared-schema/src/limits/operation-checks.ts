import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { fragmentsOf } from '../document-parts.ts';
import type { HubError } from '../errors.ts';
import { inputProblem } from './input-hygiene.ts';
import { measureOperation } from './operation-size.ts';
import { DEFAULT_QUERY_LIMITS, refusalFor, type QueryLimits } from './query-limits.ts';

/** Apollo answers an error thrown before execution with the status in its extensions. */
function badRequest(refusal: HubError): HubError {
  refusal.extensions.http = { status: 400 };
  return refusal;
}

/**
 * Charges an operation that passed the checks to its caller, by its measured cost (the gateway's
 * per-account rate limit); throws the refusal (TOO_MANY_REQUESTS) when the caller's budget is spent.
 */
export type ChargeOperation<TContext> = (context: TContext, cost: number) => Promise<void>;

/**
 * Apollo Server plugin run by the gateway and by every subgraph once an operation's document is
 * resolved (variables known, nothing executed, no subgraph called): its input hygiene (BAD_USER_INPUT
 * naming the argument) and then its size against the query limits (QUERY_TOO_COMPLEX with the limit
 * and the figure). A refused mutation has changed nothing.
 */
export function operationChecksPlugin<TContext extends BaseContext>(limits: QueryLimits = DEFAULT_QUERY_LIMITS, charge?: ChargeOperation<TContext>): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          const variables = request.variables ?? {};
          const problem = inputProblem(schema, operation, fragments, variables);
          if (problem) throw badRequest(problem);
          const size = measureOperation(schema, operation, fragments, variables);
          const overLimit = refusalFor(size, limits);
          if (overLimit) throw badRequest(overLimit);
          await charge?.(contextValue, Math.max(1, size.cost));
        },
      };
    },
  };
}

import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { SubgraphResponse } from './subgraph-call.ts';

/** The code of a subgraph that did not answer (down, refused, timed out, or a proxy's 502–504): the client may retry. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

const GATEWAY_STATUSES = new Set([502, 503, 504]);

function isGraphQLBody(value: unknown): value is { data?: Record<string, unknown> | null; errors?: GraphQLFormattedError[] } {
  return typeof value === 'object' && value !== null && ('data' in value || Array.isArray((value as { errors?: unknown }).errors));
}

/** A subgraph's error as the gateway passes it on: its message, path and code, plus the subgraph's name. */
function fromSubgraph(error: GraphQLFormattedError, serviceName: string): GraphQLError {
  return new GraphQLError(error.message, { path: error.path, extensions: { ...error.extensions, serviceName } });
}

export function subgraphUnavailable(serviceName: string, cause: string): GraphQLError {
  return new GraphQLError(`${serviceName} 服务暂不可用，请稍后重试`, {
    extensions: { code: SUBGRAPH_UNAVAILABLE, reason: SUBGRAPH_UNAVAILABLE, serviceName },
    originalError: new Error(cause),
  });
}

/**
 * Turns a subgraph's HTTP answer into the execution result the query plan merges. A GraphQL body is
 * passed on whatever the status (a 401 still carries an error written for people); anything else is
 * an error naming the subgraph: SUBGRAPH_UNAVAILABLE for a proxy's 502–504, uncoded otherwise (the
 * formatter then shows it as INTERNAL, since it is a bug, and logs it).
 */
export function subgraphResult(serviceName: string, response: SubgraphResponse): ExecutionResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch {
    parsed = undefined;
  }
  if (isGraphQLBody(parsed)) {
    if (!parsed.errors?.length) return parsed as ExecutionResult;
    return { data: parsed.data, errors: parsed.errors.map((e) => fromSubgraph(e, serviceName)) };
  }
  const cause = `HTTP ${response.status}: ${response.body.slice(0, 200)}`;
  if (GATEWAY_STATUSES.has(response.status)) return { errors: [subgraphUnavailable(serviceName, cause)] };
  return { errors: [new GraphQLError(`${serviceName} answered without a GraphQL result`, { extensions: { serviceName }, originalError: new Error(cause) })] };
}

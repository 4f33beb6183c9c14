import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { SubgraphResponse } from './subgraph-call.ts';

/** The code of a subgraph that did not answer (down, refused, timed out, or a proxy's 502–504): the client may retry. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/** What a proxy in front of a subgraph answers when the subgraph behind it did not. */
export const GATEWAY_STATUSES = new Set([502, 503, 504]);

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
 * An error for each entity a subgraph answered null without saying why (its `resolveReference` did
 * not find it): the plan would merge the null silently, so a non-null field above it could leave the
 * client `data: null` with no error at all.
 */
function missingEntityErrors(body: { data?: Record<string, unknown> | null; errors?: GraphQLFormattedError[] }): GraphQLFormattedError[] {
  const entities = body.data?._entities;
  if (!Array.isArray(entities)) return [];
  const explained = new Set(body.errors?.filter((e) => e.path?.[0] === '_entities').map((e) => e.path?.[1]));
  return entities.flatMap((entity, index) =>
    entity === null && !explained.has(index)
      ? [{ message: '所引用的记录不存在或已不可见', path: ['_entities', index], extensions: { code: 'NOT_FOUND', reason: 'ENTITY_NOT_FOUND' } }]
      : [],
  );
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
    const errors = [...(parsed.errors ?? []), ...missingEntityErrors(parsed)];
    if (!errors.length) return parsed as ExecutionResult;
    return { data: parsed.data, errors: errors.map((e) => fromSubgraph(e, serviceName)) };
  }
  const cause = `HTTP ${response.status}: ${response.body.slice(0, 200)}`;
  if (GATEWAY_STATUSES.has(response.status)) return { errors: [subgraphUnavailable(serviceName, cause)] };
  return { errors: [new GraphQLError(`${serviceName} answered without a GraphQL result`, { extensions: { serviceName }, originalError: new Error(cause) })] };
}

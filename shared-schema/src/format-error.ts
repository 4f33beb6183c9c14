import type { GraphQLFormattedError } from 'graphql';
import { tokenLimitRefusal } from './limits/query-limits.ts';
import type { Logger } from './logger.ts';

/** Codes whose messages are written for people (ours) or describe the query itself (Apollo's). */
const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  // An operation over the query limits (depth, aliases, cost), refused before it ran.
  'QUERY_TOO_COMPLEX',
  // Too many attempts (logins); `params.retryAfterSeconds` says when to try again.
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  // The gateway's: a subgraph did not answer (down, refused, timed out); the client may retry.
  'SUBGRAPH_UNAVAILABLE',
]);

/** Extension keys a client may see; everything else (stack traces, SQL, Prisma meta) stays in the log. */
const SAFE_EXTENSIONS = ['code', 'reason', 'params', 'field', 'serviceName'];

export const INTERNAL_MESSAGE = '服务器内部错误，请稍后重试';

/**
 * Apollo `formatError`: passes on the hub's coded errors, and replaces anything else by a plain
 * INTERNAL error after logging the original, so no stack trace or SQL reaches a client.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const overLimit = code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitRefusal(formatted.message) : undefined;
    if (overLimit) return { ...overLimit, locations: formatted.locations };
    if (typeof code === 'string' && SAFE_CODES.has(code)) {
      const extensions = Object.fromEntries(
        SAFE_EXTENSIONS.filter((key) => formatted.extensions?.[key] !== undefined).map((key) => [key, formatted.extensions?.[key]]),
      );
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    logger.error('unexpected error', {
      path: formatted.path,
      error: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original),
    });
    const serviceName = formatted.extensions?.serviceName;
    return {
      message: INTERNAL_MESSAGE,
      path: formatted.path,
      extensions: { code: 'INTERNAL', reason: 'INTERNAL', ...(serviceName ? { serviceName } : {}) },
    };
  };
}

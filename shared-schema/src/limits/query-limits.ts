import { HubError } from '../errors.ts';
import type { OperationSize } from './operation-size.ts';

/** The most an operation may ask for; over any of them it is refused before it runs. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  /** Directives (`@include`, `@skip` …) written in the document, fragments included. */
  maxDirectives: number;
  /** Fields the answer can hold at most (`OperationSize.cost`). */
  maxCost: number;
  /** Lexical tokens of the document, counted while it is parsed: past them parsing stops. */
  maxTokens: number;
}

/**
 * The defaults, with room over what the portals ask (every frontend operation is checked against
 * them in shared-schema's tests): the largest page, a building's detail with 50 floors of 100
 * rooms, can hold 85,822 fields and is 12 deep, and the longest is 218 tokens with no directive;
 * the attack report's queries are 97 deep, 5,000 aliases, or 810,000 fields and more.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 15, maxAliases: 50, maxDirectives: 50, maxCost: 250_000, maxTokens: 5_000 };

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a positive integer; got "${value}"`);
  return parsed;
}

/**
 * The limits from `QUERY_MAX_DEPTH`, `QUERY_MAX_ALIASES`, `QUERY_MAX_DIRECTIVES`, `QUERY_MAX_COST`
 * and `QUERY_MAX_TOKENS` (the gateway and every subgraph read the same).
 */
export function queryLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  return {
    maxDepth: positiveInteger(env, 'QUERY_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth),
    maxAliases: positiveInteger(env, 'QUERY_MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases),
    maxDirectives: positiveInteger(env, 'QUERY_MAX_DIRECTIVES', DEFAULT_QUERY_LIMITS.maxDirectives),
    maxCost: positiveInteger(env, 'QUERY_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost),
    maxTokens: positiveInteger(env, 'QUERY_MAX_TOKENS', DEFAULT_QUERY_LIMITS.maxTokens),
  };
}

const REFUSALS: { key: keyof OperationSize; limit: Exclude<keyof QueryLimits, 'maxTokens'>; reason: string; message: (limit: number, figure: number) => string }[] = [
  { key: 'depth', limit: 'maxDepth', reason: 'QUERY_TOO_DEEP', message: (l, f) => `查询嵌套 ${f} 层，超过上限 ${l} 层，请拆分查询` },
  { key: 'aliases', limit: 'maxAliases', reason: 'TOO_MANY_ALIASES', message: (l, f) => `查询使用了 ${f} 个别名，超过上限 ${l} 个` },
  { key: 'directives', limit: 'maxDirectives', reason: 'TOO_MANY_DIRECTIVES', message: (l, f) => `查询使用了 ${f} 个指令，超过上限 ${l} 个` },
  { key: 'cost', limit: 'maxCost', reason: 'QUERY_TOO_COSTLY', message: (l, f) => `查询最多可返回约 ${f} 个字段，超过上限 ${l}，请减少每页条数或嵌套的列表` },
];

/** The first limit `size` is over, as the refusal a client gets; undefined when within all. */
export function refusalFor(size: OperationSize, limits: QueryLimits): HubError | undefined {
  for (const { key, limit, reason, message } of REFUSALS) {
    if (size[key] > limits[limit]) {
      return new HubError('QUERY_TOO_COMPLEX', message(limits[limit], size[key]), { reason, params: { limit: limits[limit], figure: size[key] } });
    }
  }
  return undefined;
}

/** graphql-js's words when `parse` stops at `maxTokens` (Apollo passes `parseOptions` to it); 16.x writes "more that". */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/**
 * The refusal for a document parsing stopped at the token limit, from the parse error Apollo
 * reports (GRAPHQL_PARSE_FAILED): the same code and shape as the other limits. Undefined for any
 * other parse error.
 */
export function tokenLimitRefusal(message: string): { message: string; extensions: Record<string, unknown> } | undefined {
  const limit = TOKEN_LIMIT_MESSAGE.exec(message)?.[1];
  if (limit === undefined) return undefined;
  return {
    message: `查询超过 ${limit} 个词法单元（token）的上限，请拆分查询`,
    extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'TOO_MANY_TOKENS', params: { limit: Number(limit) } },
  };
}

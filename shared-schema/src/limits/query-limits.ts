import { HubError } from '../errors.ts';
import type { OperationSize } from './operation-size.ts';

/** The most an operation may ask for; over any of them it is refused before it runs. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  /** Fields the answer can hold at most (`OperationSize.cost`). */
  maxCost: number;
}

/**
 * The defaults, with room over what the portals ask (every frontend operation is checked against
 * them in shared-schema's tests): the largest page, a building's detail with 50 floors of 100
 * rooms, can hold 85,822 fields and is 12 deep; the attack report's queries are 97 deep, 5,000
 * aliases, or 810,000 fields and more.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 15, maxAliases: 50, maxCost: 250_000 };

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a positive integer; got "${value}"`);
  return parsed;
}

/** The limits from `QUERY_MAX_DEPTH`, `QUERY_MAX_ALIASES`, `QUERY_MAX_COST` (the gateway and every subgraph read the same). */
export function queryLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  return {
    maxDepth: positiveInteger(env, 'QUERY_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth),
    maxAliases: positiveInteger(env, 'QUERY_MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases),
    maxCost: positiveInteger(env, 'QUERY_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost),
  };
}

const REFUSALS: { key: keyof OperationSize; limit: keyof QueryLimits; reason: string; message: (limit: number, figure: number) => string }[] = [
  { key: 'depth', limit: 'maxDepth', reason: 'QUERY_TOO_DEEP', message: (l, f) => `查询嵌套 ${f} 层，超过上限 ${l} 层，请拆分查询` },
  { key: 'aliases', limit: 'maxAliases', reason: 'TOO_MANY_ALIASES', message: (l, f) => `查询使用了 ${f} 个别名，超过上限 ${l} 个` },
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

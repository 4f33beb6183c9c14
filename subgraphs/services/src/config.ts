import { DEFAULT_HOST } from '@jiguan/shared-schema/http/http-server';
import type { Sitting } from '../prisma/generated/enums.ts';

/** When the pre-orders (报餐) of a sitting close: `daysBefore` the day, at `time` Asia/Shanghai. */
export interface MealOrderCutoff {
  daysBefore: number;
  /** HH:MM, Shanghai time. */
  time: string;
}

/**
 * The kitchen buys and cooks from the pre-orders: breakfast and lunch close the day before at 16:00,
 * dinner on the day at 10:00. `MEAL_ORDER_CUTOFFS` overrides a sitting, e.g. `LUNCH=1@15:00,DINNER=0@09:30`.
 */
export function loadMealOrderCutoffs(env: NodeJS.ProcessEnv = process.env): Record<Sitting, MealOrderCutoff> {
  const cutoffs: Record<Sitting, MealOrderCutoff> = { BREAKFAST: { daysBefore: 1, time: '16:00' }, LUNCH: { daysBefore: 1, time: '16:00' }, DINNER: { daysBefore: 0, time: '10:00' } };
  for (const entry of (env.MEAL_ORDER_CUTOFFS ?? '').split(',').filter(Boolean)) {
    const match = /^(BREAKFAST|LUNCH|DINNER)=(\d+)@([01]\d|2[0-3]):([0-5]\d)$/.exec(entry.trim());
    if (!match) throw new Error(`MEAL_ORDER_CUTOFFS: "${entry}" is not SITTING=<days before>@HH:MM`);
    cutoffs[match[1] as Sitting] = { daysBefore: Number(match[2]), time: `${match[3]}:${match[4]}` };
  }
  return cutoffs;
}

/** How many days ahead a person may order: the menus are published a fortnight ahead at most. */
export const MEAL_ORDER_DAYS_AHEAD = 14;

/** The services subgraph's settings, from the environment; defaults run the demo on one machine. */
export interface ServicesConfig {
  /** Default 4003. */
  port: number;
  /** The address to listen on (`HOST`, default 127.0.0.1: this machine only). */
  host: string;
  /** Where the directory publishes the token signing keys. */
  jwksUrl: string;
  /** Where the directory publishes the accounts' session versions (`SESSION_VERSIONS_URL`, default beside the JWKS). */
  sessionVersionsUrl: string;
  /** The directory's GraphQL endpoint, asked whether a unit or person exists before services records it (`DIRECTORY_URL`, default beside the JWKS). */
  directoryUrl: string;
  /** Expected token issuer and audience; default the hub's own (see token-claims.ts). */
  issuer: string | undefined;
  audience: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServicesConfig {
  const jwksUrl = env.JWKS_URL ?? 'http://localhost:4001/.well-known/jwks.json';
  return {
    port: Number(env.PORT ?? 4003),
    host: env.HOST || DEFAULT_HOST,
    jwksUrl,
    sessionVersionsUrl: env.SESSION_VERSIONS_URL ?? new URL('/session-versions', jwksUrl).href,
    directoryUrl: env.DIRECTORY_URL ?? new URL('/graphql', jwksUrl).href,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
  };
}

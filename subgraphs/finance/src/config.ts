import { DEFAULT_HOST } from '@jiguan/shared-schema/http/http-server';

/** The finance subgraph's settings, from the environment; defaults run the demo on one machine. */
export interface FinanceConfig {
  /** Default 4004. */
  port: number;
  /** The address to listen on (`HOST`, default 127.0.0.1: this machine only). */
  host: string;
  /** Where the directory publishes the token signing keys. */
  jwksUrl: string;
  /** Where the directory publishes the accounts' session versions (`SESSION_VERSIONS_URL`, default beside the JWKS). */
  sessionVersionsUrl: string;
  /** Expected token issuer and audience; default the hub's own (see token-claims.ts). */
  issuer: string | undefined;
  audience: string | undefined;
  /** The directory's GraphQL endpoint, asked whether a unit or person exists before finance records it (`DIRECTORY_URL`, default beside the JWKS). */
  directoryUrl: string;
  /** Cards with no top-up and no spending for this many months are idle (清退闲置资金), unless the clean-up names its own (`MEAL_CARD_IDLE_MONTHS`, default 12). */
  mealCardIdleMonths: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): FinanceConfig {
  const jwksUrl = env.JWKS_URL ?? 'http://localhost:4001/.well-known/jwks.json';
  return {
    port: Number(env.PORT ?? 4004),
    host: env.HOST || DEFAULT_HOST,
    jwksUrl,
    sessionVersionsUrl: env.SESSION_VERSIONS_URL ?? new URL('/session-versions', jwksUrl).href,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
    directoryUrl: env.DIRECTORY_URL ?? new URL('/graphql', jwksUrl).href,
    mealCardIdleMonths: Number(env.MEAL_CARD_IDLE_MONTHS ?? 12),
  };
}

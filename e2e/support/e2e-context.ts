/** What the global setup hands to the scenarios (`inject('e2e')`). */
export interface E2eContext {
  /** The shell's production build, served with its gateway proxy: where a user starts. */
  shellUrl: string;
  /** The admin remote's production build (built for `adminUrl`); scenarios serve it themselves. */
  adminDist: string;
  adminUrl: string;
  adminPort: number;
  /** The assets remote's production build (built for `assetsUrl`); scenarios serve it themselves. */
  assetsDist: string;
  assetsUrl: string;
  assetsPort: number;
  /** The party remote's production build (built for `partyUrl`); scenarios serve it themselves. */
  partyDist: string;
  partyUrl: string;
  partyPort: number;
  /** The services remote's production build (built for `servicesUrl`); scenarios serve it themselves. */
  servicesDist: string;
  servicesUrl: string;
  servicesPort: number;
  /** The gateway's origin, for the static servers' proxy. */
  gatewayOrigin: string;
  /** Where processes started by the scenarios write their logs. */
  logDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

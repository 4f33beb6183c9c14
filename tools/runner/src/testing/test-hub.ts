import { inject } from 'vitest';

/** Where the test hub started by hub-global-setup runs. */
export interface TestHubUrls {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrl: string;
  dataDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    hub: TestHubUrls;
  }
}

/** The running test hub, in a test file of a package whose vitest config uses hub-global-setup. */
export function testHub(): TestHubUrls {
  return inject('hub');
}

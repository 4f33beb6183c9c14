import type { Page } from 'playwright-core';

export interface SharedModuleUse {
  /** The federation instance whose share scope lists it. */
  instance: string;
  name: string;
  version: string;
  /** Which container's copy is in use. */
  from: string;
  loaded: boolean;
  useIn: string[];
}

/** Every shared module the federation runtime knows of on the page, and whose copy is used. */
export function readSharedScope(page: Page): Promise<SharedModuleUse[]> {
  return page.evaluate(() => {
    interface Shared {
      from: string;
      loaded?: boolean;
      useIn: string[];
    }
    type ShareScopes = Record<string, Record<string, Record<string, Record<string, Shared>>>>;
    const scopes = (globalThis as unknown as { __FEDERATION__: { __SHARE__: ShareScopes } }).__FEDERATION__.__SHARE__;
    return Object.entries(scopes).flatMap(([instance, byScope]) =>
      Object.values(byScope).flatMap((byName) =>
        Object.entries(byName).flatMap(([name, byVersion]) =>
          Object.entries(byVersion).map(([version, shared]) => ({
            instance,
            name,
            version,
            from: shared.from,
            loaded: shared.loaded === true,
            useIn: shared.useIn,
          })),
        ),
      ),
    );
  });
}

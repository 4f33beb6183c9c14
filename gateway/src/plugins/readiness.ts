export interface ReadinessOptions {
  /** The subgraphs' GraphQL URLs; each is ready when `<origin>/readyz` answers 200. */
  subgraphUrls: Record<string, string>;
  /** How long to wait for each subgraph; default 2 s. */
  timeoutMs?: number;
}

/** Checks every subgraph at once; returns the names of those not ready (empty: all ready). */
export function createReadinessCheck(options: ReadinessOptions) {
  return async (): Promise<string[]> => {
    const results = await Promise.all(
      Object.entries(options.subgraphUrls).map(async ([name, url]) => {
        try {
          const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(options.timeoutMs ?? 2000) });
          return response.ok ? null : name;
        } catch {
          return name;
        }
      }),
    );
    return results.filter((name): name is string => name !== null);
  };
}

import { BI_CATALOGUE_PATH } from '@jiguan/shared-schema/bi/catalogue-path';
import type { BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';
import type { Logger } from '@jiguan/shared-schema/logger';

export interface LoadedCatalogue {
  datasets: BiDataset[];
  /** Subgraphs that did not answer GET /bi/catalogue: their datasets are missing for now. */
  unavailable: string[];
}

export type CatalogueSource = () => Promise<LoadedCatalogue>;

/**
 * The datasets of the hub: every subgraph of the loaded supergraph is asked for `GET /bi/catalogue`
 * (at the origin of its URL); one without it (404) publishes none. Remembered for `cacheMs` so the
 * pages of one OData read or a BI tool's burst of requests do not ask every subgraph each time.
 */
export function createCatalogueSource(options: {
  subgraphs: () => ReadonlyMap<string, string>;
  timeoutMs: number;
  cacheMs: number;
  logger: Logger;
}): CatalogueSource {
  let cached: { at: number; value: Promise<LoadedCatalogue> } | undefined;
  const load = async (): Promise<LoadedCatalogue> => {
    const answers = await Promise.all(
      [...options.subgraphs()].map(async ([name, url]) => {
        try {
          const response = await fetch(new URL(BI_CATALOGUE_PATH, url), { signal: AbortSignal.timeout(options.timeoutMs) });
          if (response.status === 404) return { name, datasets: [] as BiDataset[] };
          if (!response.ok) throw new Error(`status ${response.status}`);
          return { name, datasets: ((await response.json()) as { datasets: BiDataset[] }).datasets };
        } catch (error) {
          options.logger.warn('BI catalogue not loaded', { subgraph: name, error: error instanceof Error ? error.message : String(error) });
          return { name, datasets: null };
        }
      }),
    );
    return {
      datasets: answers.flatMap((a) => a.datasets ?? []),
      unavailable: answers.filter((a) => a.datasets === null).map((a) => a.name),
    };
  };
  return () => {
    const now = Date.now();
    if (!cached || now - cached.at > options.cacheMs) {
      const value = load();
      cached = { at: now, value };
      // A failed subgraph is asked again on the next request, not after the cache time.
      void value.then((c) => {
        if (c.unavailable.length > 0 && cached?.value === value) cached = undefined;
      });
    }
    return cached.value;
  };
}

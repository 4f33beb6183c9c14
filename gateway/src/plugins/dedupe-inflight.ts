import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { bufferedResponse } from './subgraph-fetcher.ts';

export interface DedupeInflightOptions {
  /** Headers left out of the key because they differ per request but not the answer; default `x-request-id`. */
  ignoredHeaders?: readonly string[];
}

/**
 * Subgraph request deduplication: while a subgraph query is in flight, an identical one (same URL,
 * same body — query and variables —, same headers, so the same caller's token) waits for its answer
 * instead of being sent again. Each caller gets its own copy of the response to parse. Only
 * queries: a mutation is always sent. A deduplicated request reaches the subgraph with the request
 * id of the first one.
 *
 * This is what Hive Gateway and Apollo Router do (`deduplicate_query`); it pays when many people
 * with one identity (or one dashboard in many tabs) ask the same thing at once.
 */
export function dedupeInflight(fetcher: Fetcher, options: DedupeInflightOptions = {}): Fetcher {
  const ignored = new Set((options.ignoredHeaders ?? ['x-request-id']).map((h) => h.toLowerCase()));
  const inflight = new Map<string, Promise<{ url: string; status: number; statusText: string; headers: FetcherHeaders; body: string }>>();

  const keyOf = (url: string, init: FetcherRequestInit): string | null => {
    const body = typeof init.body === 'string' ? init.body : null;
    // The data source writes {"query":"…", …}: send anything else, and every mutation, as it is.
    if (!body || !body.startsWith('{"query":"') || /^\{"query":"\s*(mutation|subscription)\b/.test(body)) return null;
    const headers = Object.entries(init.headers ?? {})
      .filter(([name]) => !ignored.has(name.toLowerCase()))
      .map(([name, value]) => `${name.toLowerCase()}:${value}`)
      .sort()
      .join('\n');
    return `${init.method ?? 'GET'} ${url}\n${headers}\n\n${body}`;
  };

  return async (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> => {
    const key = keyOf(url, init);
    if (key === null) return fetcher(url, init);
    let shared = inflight.get(key);
    if (!shared) {
      shared = (async () => {
        const response = await fetcher(url, init);
        return { url: response.url || url, status: response.status, statusText: response.statusText, headers: response.headers, body: await response.text() };
      })();
      inflight.set(key, shared);
      const forget = () => inflight.delete(key);
      shared.then(forget, forget);
    }
    const r = await shared;
    return bufferedResponse(r.url, r.status, r.statusText, r.headers, r.body);
  };
}

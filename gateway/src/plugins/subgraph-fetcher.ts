import { STATUS_CODES } from 'node:http';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent, request } from 'undici';

/**
 * How the gateway sends its requests to the subgraphs:
 * - `undici`: undici's `request` over a keep-alive connection pool per subgraph (the default; the
 *   least work per request).
 * - `fetch`: Node's built-in fetch (undici underneath, with the WHATWG Request/Response objects).
 * - `make-fetch-happen`: @apollo/gateway's own default, kept to compare against.
 */
export type SubgraphFetcherKind = 'undici' | 'fetch' | 'make-fetch-happen';

export interface SubgraphFetcherOptions {
  kind: SubgraphFetcherKind;
  /** Most open connections to one subgraph (per origin); requests beyond wait for a free one. Default 128. */
  connectionsPerSubgraph?: number;
  /** How long a subgraph may take to send the response headers, ms; default 60 s. */
  headersTimeoutMs?: number;
}

/**
 * Response headers as a plain map (names lower-cased, repeated ones joined with ", "): all the data
 * source reads is `get('content-type')` and `get('cache-control')`, which does not need the WHATWG
 * Headers class and its per-header validation.
 */
class ResponseHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();

  constructor(raw: Record<string, string | string[] | undefined>) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
  }
  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const current = this.map.get(key);
    this.map.set(key, current === undefined ? value : `${current}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  values(): IterableIterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

/** A complete response held in memory: what the data source reads (status, headers, JSON body). */
export function bufferedResponse(url: string, status: number, statusText: string, headers: FetcherHeaders, body: string): FetcherResponse {
  let used = false;
  const read = () => {
    used = true;
    return body;
  };
  const response: FetcherResponse = {
    get bodyUsed() {
      return used;
    },
    url,
    redirected: false,
    status,
    ok: status >= 200 && status < 300,
    statusText,
    headers,
    text: async () => read(),
    json: async () => JSON.parse(read()) as unknown,
    arrayBuffer: async () => {
      const bytes = Buffer.from(read());
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
    clone: () => bufferedResponse(url, status, statusText, headers, body),
  };
  return response;
}

export interface SubgraphFetcher {
  fetch: Fetcher;
  /** Closes the idle connections (undici); call when the gateway stops. */
  close(): Promise<void>;
}

function undiciFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const dispatcher = new Agent({
    connections: options.connectionsPerSubgraph ?? 128,
    headersTimeout: options.headersTimeoutMs ?? 60_000,
    // Idle connections live as long as the subgraph's Keep-Alive header says, less a margin (undici
    // reads it), so no request goes out on a connection being closed; 4 s when it says nothing.
    keepAliveTimeout: 4_000,
  });
  const fetch: Fetcher = async (url: string, init: FetcherRequestInit = {}) => {
    const response = await request(url, {
      method: (init.method ?? 'GET') as 'POST',
      headers: init.headers,
      body: init.body,
      dispatcher,
    });
    const body = await response.body.text();
    return bufferedResponse(url, response.statusCode, STATUS_CODES[response.statusCode] ?? '', new ResponseHeaders(response.headers), body);
  };
  return { fetch, close: () => dispatcher.close() };
}

/** The fetcher the gateway's subgraph data sources use (one, shared by all, so one connection pool). */
export function createSubgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const nothingToClose = async () => {};
  switch (options.kind) {
    case 'undici':
      return undiciFetcher(options);
    case 'fetch':
      return { fetch: (url, init) => fetch(url, init as RequestInit) as Promise<FetcherResponse>, close: nothingToClose };
    case 'make-fetch-happen':
      return { fetch: new RemoteGraphQLDataSource().fetcher, close: nothingToClose };
  }
}

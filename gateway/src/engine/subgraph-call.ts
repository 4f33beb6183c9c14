import type { GatewayContext } from '../gateway-context.ts';

/** One GraphQL request from the gateway to a subgraph, as it goes on the wire. */
export interface SubgraphRequest {
  /** The subgraph's name in the supergraph (`directory`, `assets` …). */
  subgraph: string;
  url: string;
  /** The JSON body: `{"query":…,"variables":…,"operationName":…}`. */
  body: string;
  /** Request headers, names lower-case; concerns add theirs (authorization, x-request-id). */
  headers: Record<string, string>;
  operationType: 'query' | 'mutation' | 'subscription';
  /** The client request's context (viewer, token, request id). */
  context: GatewayContext;
}

/** A subgraph's answer: its HTTP status and the body as text (parsed once, by the engine). */
export interface SubgraphResponse {
  status: number;
  body: string;
}

/** Sends one request to a subgraph. Throws when there is no answer (refused, reset, timed out). */
export type SubgraphCall = (request: SubgraphRequest) => Promise<SubgraphResponse>;

import { readFile } from 'node:fs/promises';
import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { Logger } from '@jiguan/shared-schema/logger';
import { buildSchema, GraphQLError, print, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../gateway-context.ts';
import { isNullablePosition } from './nullable-position.ts';
import { runtimeLog } from './runtime-log.ts';
import type { SubgraphCall } from './subgraph-call.ts';
import { subgraphEndpoints } from './subgraph-endpoints.ts';
import { subgraphResult, subgraphUnavailable } from './subgraph-result.ts';
import { watchSupergraphFile } from './supergraph-file.ts';

type HandlerOptions = Parameters<typeof unifiedGraphHandler>[0];
type SubgraphExecutionRequest = Parameters<HandlerOptions['onSubgraphExecute']>[1];
type Execute = NonNullable<Awaited<ReturnType<typeof unifiedGraphHandler>>['executor']>;

export interface PlannerGatewayOptions {
  /** The supergraph file (any composed supergraph; its `join__graph` URLs say where the subgraphs are). */
  supergraphPath: string;
  /** Re-plan on a new supergraph when the file changes. */
  watch: boolean;
  /** Subgraph URLs that replace the file's, keyed by `overrideKey(name)`. */
  subgraphUrlOverrides: Readonly<Record<string, string>>;
  /** Sends one request to a subgraph (the concerns' wrappers around the pooled client). */
  call: SubgraphCall;
  logger: Logger;
}

/** What is built from one supergraph file: the schema clients see, where each subgraph is, and its executor. */
interface LoadedSupergraph {
  sdl: string;
  apiSchema: GraphQLSchema;
  endpoints: ReadonlyMap<string, string>;
  execute: Execute;
}

export interface PlannerGateway extends GatewayInterface {
  /** The loaded supergraph's subgraphs and their URLs (what /readyz checks). */
  subgraphs(): ReadonlyMap<string, string>;
}

/** A fetch node's document is printed once: the planner hands the same node again for every request of a cached plan. */
const printed = new WeakMap<DocumentNode, string>();
function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/**
 * The result without the ENTITY_NOT_FOUND errors of entities that landed on a nullable field or
 * list element: there the null is the answer (a reference the owning subgraph does not show this
 * viewer, as a building of another unit); a null on a non-null position keeps its error, so a
 * client never gets a nulled parent without being told why.
 */
function withoutNullsByDesign(result: ExecutionResult, schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.filter((error) => error.extensions?.reason !== 'ENTITY_NOT_FOUND' || !error.path || !isNullablePosition(schema, document, operationName, error.path));
  if (errors.length === result.errors.length) return result;
  return errors.length ? { ...result, errors } : { data: result.data, ...(result.extensions ? { extensions: result.extensions } : {}) };
}

/**
 * Apollo Server's gateway, executing through Hive Router's query planner (Rust, `@graphql-hive/
 * router-query-planner`) and router-runtime's plan executor: Apollo parses, validates against the
 * API schema, runs its plugins and formats errors; the planner plans once per document and the plan
 * runs with every subgraph request going through `options.call`. A changed file (with `watch`) is
 * planned anew and swapped in; a file that fails to load leaves the running one in place.
 */
export function createPlannerGateway(options: PlannerGatewayOptions): PlannerGateway {
  const listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  let current: LoadedSupergraph | undefined;
  let stopWatching: (() => void) | undefined;
  const log = runtimeLog(options.logger);

  const callSubgraph = async (name: string, url: string, request: SubgraphExecutionRequest): Promise<ExecutionResult> => {
    const body = JSON.stringify({ query: queryText(request.document), variables: request.variables, operationName: request.operationName });
    try {
      const response = await options.call({
        subgraph: name,
        url,
        body,
        headers: { 'content-type': 'application/json' },
        operationType: request.operationType ?? 'query',
        context: request.context as GatewayContext,
      });
      return subgraphResult(name, response);
    } catch (error) {
      options.logger.warn('subgraph did not answer', { subgraph: name, url, error: (error as Error).message });
      return { errors: [subgraphUnavailable(name, (error as Error).message)] };
    }
  };

  const load = async (sdl: string): Promise<LoadedSupergraph> => {
    const unifiedGraph = buildSchema(sdl, { assumeValid: true, assumeValidSDL: true });
    const endpoints = subgraphEndpoints(unifiedGraph, options.subgraphUrlOverrides);
    const handler = await unifiedGraphHandler({
      unifiedGraph,
      getUnifiedGraphSDL: () => sdl,
      log,
      onSubgraphExecute: (name, request) => {
        const url = endpoints.get(name);
        if (!url) return { errors: [new GraphQLError(`the supergraph names no URL for subgraph ${name}`)] };
        return callSubgraph(name, url, request);
      },
    });
    if (!handler.executor) throw new Error('the router runtime returned no executor');
    // The runtime builds its per-subgraph schemas on the first subgraph call; build them now, so the
    // first request does not wait for it and a supergraph that cannot be served fails at load.
    for (const name of endpoints.keys()) handler.getSubgraphSchema(name);
    return { sdl, apiSchema: handler.unifiedGraph, endpoints, execute: handler.executor };
  };

  const swapIn = (next: LoadedSupergraph) => {
    current = next;
    for (const listener of listeners) listener({ apiSchema: next.apiSchema, coreSupergraphSdl: next.sdl });
  };

  const executor: GatewayExecutor = async (requestContext) => {
    const supergraph = current;
    if (!supergraph) throw new Error('the gateway executed before its supergraph was loaded');
    try {
      const result = (await supergraph.execute({
        document: requestContext.document,
        operationName: requestContext.operationName ?? undefined,
        variables: requestContext.request.variables,
        context: requestContext.context,
      })) as ExecutionResult;
      return withoutNullsByDesign(result, supergraph.apiSchema, requestContext.document, requestContext.operationName ?? undefined);
    } catch (error) {
      // The runtime throws what fails variable coercion; returned as errors, Apollo codes them BAD_USER_INPUT.
      if (error instanceof GraphQLError) return { errors: [error] };
      if (error instanceof AggregateError && error.errors.every((e) => e instanceof GraphQLError)) return { errors: error.errors };
      throw error;
    }
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      const read = () => readFile(options.supergraphPath, 'utf8');
      swapIn(await load(await read()));
      options.logger.info('supergraph loaded', { path: options.supergraphPath, subgraphs: Object.fromEntries(current?.endpoints ?? []), watch: options.watch });
      if (options.watch) {
        stopWatching = watchSupergraphFile(
          {
            path: options.supergraphPath,
            logger: options.logger,
            onChange: async (sdl) => {
              if (sdl === current?.sdl) return;
              swapIn(await load(sdl));
              options.logger.info('supergraph reloaded', { path: options.supergraphPath });
            },
          },
          read,
        );
      }
      return { executor };
    },
    async stop() {
      stopWatching?.();
      listeners.clear();
    },
    subgraphs: () => current?.endpoints ?? new Map(),
  };
}

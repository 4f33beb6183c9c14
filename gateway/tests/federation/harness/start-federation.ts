import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { listen } from '@jiguan/shared-schema/http/http-server';
import type { Logger } from '@jiguan/shared-schema/logger';
import { parse, type DocumentNode } from 'graphql';
import { loadConfig } from '../../../src/config.ts';
import { createGateway } from '../../../src/create-gateway.ts';

export interface SubgraphDefinition {
  name: string;
  /** The subgraph's SDL, with its `@link` to the federation spec. */
  typeDefs: string;
  resolvers: GraphQLResolverMap<unknown>;
  /** Other HTTP routes the subgraph serves, `"METHOD /path"` (a BI catalogue, a directory stand-in's JWKS …). */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>;
}

export interface GraphQLAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

export interface Federation {
  /** Sends an operation to our gateway. */
  query(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLAnswer & { headers: Headers }>;
  /** Stops one subgraph (its port then refuses connections), to see the gateway meet a subgraph that is down. */
  stopSubgraph(name: string): Promise<void>;
  /** Writes a supergraph of only these (started) subgraphs to the gateway's file, as `npm run compose` would. */
  recompose(names: string[]): Promise<void>;
  /** The gateway's origin, for its other routes (/readyz, /metrics). */
  origin: string;
  /** What each subgraph was asked, in order (query text, variables and request headers). */
  received: Record<string, { query: string; variables?: Record<string, unknown>; headers: Record<string, string | string[] | undefined> }[]>;
  stop(): Promise<void>;
}

const silent: Logger = { info() {}, warn() {}, error() {} };

/**
 * One federation case: starts its subgraphs (`@apollo/subgraph`, each on its own port), composes
 * them with `@apollo/composition` into a supergraph file, and serves that file through our gateway
 * as shipped (`createGateway`, production settings, `env` added). Everything runs in the test process.
 */
export interface FederationOptions {
  /** Gateway settings added to the production ones (e.g. `SUPERGRAPH_WATCH: '1'`); a function is given each subgraph's origin by name. */
  env?: Record<string, string> | ((origins: Record<string, string>) => Record<string, string>);
  /** Compose only these subgraphs into the first supergraph (default all); `recompose` adds the others. */
  initial?: string[];
}

export async function startFederation(subgraphs: SubgraphDefinition[], options: FederationOptions = {}): Promise<Federation> {
  const received: Federation['received'] = {};
  const stops = new Map<string, () => Promise<void>>();
  const services: { name: string; typeDefs: DocumentNode; url: string }[] = [];
  for (const subgraph of subgraphs) {
    const typeDefs = parse(subgraph.typeDefs);
    const apollo = new ApolloServer({
      schema: buildSubgraphSchema({ typeDefs, resolvers: subgraph.resolvers }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    await apollo.start();
    const log = (received[subgraph.name] = [] as Federation['received'][string]);
    const server = createServer(async (req, res) => {
      // Like every hub subgraph, it answers /readyz, which the gateway's /readyz asks.
      if (req.url === '/readyz') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}');
      const route = subgraph.routes?.[`${req.method} ${(req.url ?? '/').split('?')[0]}`];
      if (route) return void (await route(req, res));
      if (req.method !== 'POST') return void res.writeHead(404).end();
      const chunks: Buffer[] = [];
      for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
      log.push({ query: body.query, variables: body.variables, headers: req.headers });
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body },
        context: async () => ({}),
      });
      res.writeHead(result.status ?? 200, Object.fromEntries(result.headers));
      res.end(result.body.kind === 'complete' ? result.body.string : '');
    });
    const port = await listen(server, 0, '127.0.0.1');
    stops.set(subgraph.name, async () => {
      stops.delete(subgraph.name);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    });
    services.push({ name: subgraph.name, typeDefs, url: `http://127.0.0.1:${port}/graphql` });
  }
  const dir = await mkdtemp(join(tmpdir(), 'jiguan-federation-'));
  const supergraphPath = join(dir, 'supergraph.graphql');
  const recompose = async (names: string[]) => {
    const composed = composeServices(services.filter((s) => names.includes(s.name)));
    if (composed.errors) throw new Error(`the case does not compose: ${composed.errors.map((e) => e.message).join('; ')}`);
    await writeFile(supergraphPath, composed.supergraphSdl);
  };
  await recompose(options.initial ?? subgraphs.map((s) => s.name));
  const origins = Object.fromEntries(services.map((s) => [s.name, new URL(s.url).origin]));
  const env = typeof options.env === 'function' ? options.env(origins) : options.env;
  const config = loadConfig({ NODE_ENV: 'production', SUPERGRAPH_PATH: supergraphPath, GATEWAY_COMPRESS_MIN_BYTES: 'off', ...env });
  const gateway = await createGateway(config, silent);
  const origin = `http://127.0.0.1:${await listen(gateway.server, 0, '127.0.0.1')}`;

  return {
    received,
    origin,
    recompose,
    stopSubgraph: async (name) => stops.get(name)?.(),
    async query(query, variables, headers = {}) {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLAnswer['body'] };
    },
    async stop() {
      await gateway.stop();
      await Promise.all([...stops.values()].map((stop) => stop()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The `@link` line of a federation 2 subgraph importing `directives`. */
export function federation(directives: string[], version = '2.7'): string {
  return `extend schema @link(url: "https://specs.apollo.dev/federation/v${version}", import: [${directives.map((d) => `"${d}"`).join(', ')}])`;
}

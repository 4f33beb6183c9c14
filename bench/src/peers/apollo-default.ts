/**
 * Plain @apollo/gateway + @apollo/server with their default settings (startStandaloneServer) on a
 * supergraph file, as a peer: the only addition is a data source that passes the caller's
 * Authorization header on to the subgraphs, which every peer needs to get an answer at all.
 *
 *   node --import tsx bench/src/peers/apollo-default.ts <supergraph file> <port>
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

interface Context {
  authorization?: string;
}

class ForwardAuthorization extends RemoteGraphQLDataSource<Context> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Context>): void {
    if ('authorization' in context && context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

const [supergraphPath, port] = process.argv.slice(2);
if (!supergraphPath || !port) throw new Error('usage: apollo-default.ts <supergraph file> <port>');

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphPath, 'utf8'),
  buildService: ({ url }) => new ForwardAuthorization({ url }),
});
const server = new ApolloServer<Context>({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(port) },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(`apollo-default ready ${url}`);

import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../gateway-context.ts';

/**
 * The subgraph data source: passes the caller's token and request id on, so every subgraph
 * verifies the token itself and its logs line up with the gateway's.
 */
export class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('token' in context)) return;
    if (context.token) request.http?.headers.set('authorization', `Bearer ${context.token}`);
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }

  /**
   * A subgraph that refuses a whole request (401 for a missing token) still answers with a GraphQL
   * error written for people; pass that on instead of Apollo's bare "401: Unauthorized".
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions.response as { body?: { errors?: GraphQLFormattedError[] } } | undefined)?.body;
    const first = body?.errors?.[0];
    if (!first) return error;
    const { code = error.extensions.code, reason, params } = first.extensions ?? {};
    return new GraphQLError(first.message, { extensions: { code, ...(reason ? { reason } : {}), ...(params ? { params } : {}) } });
  }
}

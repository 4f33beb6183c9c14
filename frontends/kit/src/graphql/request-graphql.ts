import { i18n } from '../i18n/i18n';
import { endSession, session } from '../session/session-store';
import { GraphQLRequestError, toGraphQLRequestError } from './graphql-request-error';
import type { TypedDocument } from './typed-document';

/** Relative, so every app talks to the gateway through its own origin (the static server proxies it). */
const endpoint = '/graphql';

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: Array<Parameters<typeof toGraphQLRequestError>[0]>;
}

/** An operation without variables is called without them; one with variables needs them. */
type VariablesArgument<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables];

/**
 * Runs one generated operation against the gateway with the session's token. Fails with a
 * `GraphQLRequestError`; an UNAUTHENTICATED answer also ends the session, which sends the user
 * to the login page (see `installSessionGuard`).
 */
export async function requestGraphQL<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TResult> {
  const { t } = i18n.global;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (session.token) headers.authorization = `Bearer ${session.token}`;

  let response: Response;
  try {
    response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query: String(document), variables }) });
  } catch {
    throw new GraphQLRequestError('NETWORK', t('kit.error.network'));
  }
  const body = (await response.json().catch(() => null)) as GraphQLResponse<TResult> | null;

  const failure = body?.errors?.[0]
    ? toGraphQLRequestError(body.errors[0], t('kit.error.internal'))
    : statusError(response.status, t);
  if (failure?.code === 'UNAUTHENTICATED') endSession();
  if (failure) throw failure;
  if (!body?.data) throw new GraphQLRequestError('INTERNAL', t('kit.error.internal'));
  return body.data;
}

/** An HTTP failure without a GraphQL body: a refused token, or a gateway that is down behind the proxy. */
function statusError(status: number, t: (key: string) => string): GraphQLRequestError | undefined {
  if (status === 401) return new GraphQLRequestError('UNAUTHENTICATED', t('kit.error.unauthenticated'));
  if (status === 502 || status === 503 || status === 504) return new GraphQLRequestError('NETWORK', t('kit.error.network'));
  if (status >= 400) return new GraphQLRequestError('INTERNAL', t('kit.error.internal'));
  return undefined;
}

/** A minimal GraphQL-over-HTTP client for tests: what a browser or BI tool would send. */
export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function postGraphQL<TData = Record<string, any>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string | null; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}

/** Logs in through `url` and returns the token; throws with the server's message when refused. */
export async function loginAs(url: string, username: string, password: string): Promise<string> {
  const result = await postGraphQL<{ login: { token: string } }>(
    url,
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { variables: { u: username, p: password } },
  );
  const token = result.data?.login.token;
  if (!token) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
  return token;
}

/** The service's running count of SQL statements, from its Prometheus /metrics. */
export async function sqlStatementCount(graphqlUrl: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', graphqlUrl))).text();
  const match = /^jiguan_sql_statements_total\{[^}]*\} (\d+)/m.exec(text);
  if (!match) throw new Error(`no jiguan_sql_statements_total at ${graphqlUrl}`);
  return Number(match[1]);
}

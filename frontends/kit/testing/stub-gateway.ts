import { vi } from 'vitest';

/** What the stub answers an operation with: a response body, or a function of the variables sent (may be late). */
export type StubAnswer = object | ((variables: Record<string, unknown>) => object | Promise<object>);

export interface StubbedRequest {
  operation: string;
  variables: Record<string, unknown>;
  authorization: string | undefined;
}

/**
 * Stands in for the gateway behind `fetch` (the only thing a frontend unit test stubs): answers each
 * GraphQL request by its operation's name and records what was sent, in order. An operation
 * without an answer fails the test.
 */
export function stubGateway(answers: Record<string, StubAnswer>): StubbedRequest[] {
  const requests: StubbedRequest[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const { query, variables = {} } = JSON.parse(String(init.body)) as { query: string; variables?: Record<string, unknown> };
    const operation = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
    requests.push({ operation, variables, authorization: (init.headers as Record<string, string>).authorization });
    if (!(operation in answers)) throw new Error(`the stub gateway has no answer for ${operation}`);
    const answer = answers[operation];
    const body: unknown = typeof answer === 'function' ? await answer(variables) : answer;
    return new Response(JSON.stringify(body), { status: 200 });
  });
  vi.stubGlobal('fetch', fetch);
  return requests;
}

/** A successful answer. */
export function data(value: unknown) {
  return { data: value };
}

/** A refusal as the hub sends it: a message and `extensions` with the code (and reason, params, field). */
export function refusal(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { data: null, errors: [{ message, extensions: { code, ...extensions } }] };
}

/** A connection of `nodes`, all on one page. */
export function connection<TNode>(nodes: TNode[]) {
  return {
    totalCount: nodes.length,
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: nodes.length ? '0' : null, endCursor: nodes.length ? String(nodes.length - 1) : null },
    edges: nodes.map((node, index) => ({ cursor: String(index), node })),
  };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession, session, setSessionToken } from '../session/session-store';
import { GraphQLRequestError } from './graphql-request-error';
import { meQuery } from '../session/session-operations';
import { requestGraphQL } from './request-graphql';

function answer(status: number, body: unknown) {
  return vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
}

describe('requestGraphQL', () => {
  beforeEach(() => setSessionToken('token-1', new Date(Date.now() + 3_600_000).toISOString()));
  afterEach(() => {
    vi.unstubAllGlobals();
    endSession();
  });

  it('posts the operation to the relative /graphql with the session token', async () => {
    const fetch = answer(200, { data: { me: { id: 'a1' } } });
    vi.stubGlobal('fetch', fetch);
    await expect(requestGraphQL(meQuery)).resolves.toEqual({ me: { id: 'a1' } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.headers).toMatchObject({ authorization: 'Bearer token-1' });
    expect(JSON.parse(String(init.body))).toEqual({ query: String(meQuery) });
  });

  it('throws the first GraphQL error, typed by its code', async () => {
    vi.stubGlobal('fetch', answer(200, { data: null, errors: [{ message: '没有执行此操作的权限', extensions: { code: 'FORBIDDEN' } }] }));
    const error = await requestGraphQL(meQuery).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: '没有执行此操作的权限' });
    expect(session.token).toBe('token-1');
  });

  it('ends the session when the server answers UNAUTHENTICATED', async () => {
    vi.stubGlobal('fetch', answer(200, { errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] }));
    await expect(requestGraphQL(meQuery)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(session.token).toBeNull();
    expect(localStorage.getItem('jiguan.session')).toBeNull();
  });

  it('reports an unreachable gateway as NETWORK', async () => {
    vi.stubGlobal('fetch', answer(502, 'Bad gateway'));
    await expect(requestGraphQL(meQuery)).rejects.toMatchObject({ code: 'NETWORK' });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(requestGraphQL(meQuery)).rejects.toMatchObject({ code: 'NETWORK' });
  });
});

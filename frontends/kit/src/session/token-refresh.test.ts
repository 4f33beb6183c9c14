import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError } from '../graphql/graphql-request-error';
import { requestGraphQL } from '../graphql/request-graphql';
import { endSession, session, setSessionToken } from './session-store';
import { startTokenRefresh } from './token-refresh';

vi.mock('../graphql/request-graphql', () => ({ requestGraphQL: vi.fn() }));

const minutes = (n: number) => n * 60_000;
const inMinutes = (n: number) => new Date(Date.now() + minutes(n)).toISOString();

describe('token refresh', () => {
  beforeAll(() => {
    vi.useFakeTimers();
    startTokenRefresh();
  });
  afterAll(() => vi.useRealTimers());
  beforeEach(() => {
    endSession();
    vi.mocked(requestGraphQL).mockReset();
  });

  it('swaps the token two minutes before it expires', async () => {
    vi.mocked(requestGraphQL).mockResolvedValue({ refreshToken: { token: 'token-2', expiresAt: inMinutes(60) } });
    setSessionToken('token-1', inMinutes(30));
    await vi.advanceTimersByTimeAsync(minutes(28) - 1);
    expect(requestGraphQL).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(requestGraphQL).toHaveBeenCalledOnce();
    expect(session.token).toBe('token-2');
  });

  it('ends the session at expiry when the refresh fails', async () => {
    vi.mocked(requestGraphQL).mockRejectedValue(new GraphQLRequestError('NETWORK', '无法连接服务器'));
    setSessionToken('token-1', inMinutes(30));
    await vi.advanceTimersByTimeAsync(minutes(29));
    expect(session.token).toBe('token-1');
    await vi.advanceTimersByTimeAsync(minutes(1));
    expect(session.token).toBeNull();
  });

  it('refreshes halfway through a lifetime shorter than the lead time', async () => {
    vi.mocked(requestGraphQL).mockResolvedValue({ refreshToken: { token: 'token-2', expiresAt: inMinutes(60) } });
    setSessionToken('token-1', inMinutes(1));
    await vi.advanceTimersByTimeAsync(29_000);
    expect(requestGraphQL).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requestGraphQL).toHaveBeenCalledOnce();
  });
});

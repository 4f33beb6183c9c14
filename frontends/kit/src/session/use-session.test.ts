import { afterEach, describe, expect, it, vi } from 'vitest';
import { type StubbedRequest, stubGateway } from '../../testing/stub-gateway';
import { endSession, session, setSessionToken } from './session-store';
import { useSession } from './use-session';

const me = { id: 'account-admin', username: 'admin', roles: ['ADMIN'], dataScope: 'ALL', person: null };

/** Each request's operation and the bearer token it carried. */
const callsOf = (requests: StubbedRequest[]) => requests.map(({ operation, authorization }) => ({ operation, authorization }));

describe('useSession().login', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    endSession();
  });

  it('keeps the issued token, then reads the account with it', async () => {
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const requests = stubGateway({ Login: { data: { login: { token: 'token-1', expiresAt } } }, Me: { data: { me } } });
    await useSession().login('admin', 'Admin@2024');
    expect(callsOf(requests)).toEqual([
      { operation: 'Login', authorization: undefined },
      { operation: 'Me', authorization: 'Bearer token-1' },
    ]);
    expect(session).toMatchObject({ token: 'token-1', expiresAt: Date.parse(expiresAt), account: me });
  });

  it('drops a stale token before logging in and keeps no session when refused', async () => {
    setSessionToken('stale', new Date(Date.now() - 1000).toISOString());
    const requests = stubGateway({ Login: { data: null, errors: [{ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED' } }] } });
    await expect(useSession().login('admin', 'wrong')).rejects.toMatchObject({ message: '用户名或密码错误' });
    expect(callsOf(requests)).toEqual([{ operation: 'Login', authorization: undefined }]);
    expect(session.token).toBeNull();
  });
});

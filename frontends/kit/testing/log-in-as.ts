import type { SessionAccount } from '../src/session/session-account';
import { useSession } from '../src/session/use-session';
import { data, stubGateway } from './stub-gateway';

/** Logs `account` in through the real login (the gateway stubbed to issue a token and answer `me` with it). */
export async function logInAs(account: SessionAccount): Promise<void> {
  stubGateway({
    Login: data({ login: { token: `token-${account.username}`, expiresAt: new Date(Date.now() + 3_600_000).toISOString() } }),
    Me: data({ me: account }),
  });
  await useSession().login(account.username, 'Demo@2024');
}

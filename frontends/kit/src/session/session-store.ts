import { reactive, readonly } from 'vue';
import type { SessionAccount } from './session-account';

interface SessionState {
  token: string | null;
  /** Epoch milliseconds after which the gateway refuses the token. */
  expiresAt: number | null;
  /** Loaded with `me` after login and after a reload; only the token is stored. */
  account: SessionAccount | null;
}

const storageKey = 'jiguan.session';

function readStoredToken(): Pick<SessionState, 'token' | 'expiresAt'> {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Partial<SessionState> | null;
    if (typeof stored?.token === 'string' && typeof stored.expiresAt === 'number') {
      return { token: stored.token, expiresAt: stored.expiresAt };
    }
  } catch {
    // A corrupt entry is the same as none: the user logs in again.
  }
  return { token: null, expiresAt: null };
}

const state = reactive<SessionState>({ ...readStoredToken(), account: null });

/** The current session; change it only through the functions below. */
export const session = readonly(state);

/** Keeps a newly issued token (login or refresh); the account, if known, stays. */
export function setSessionToken(token: string, expiresAt: string): void {
  state.token = token;
  state.expiresAt = Date.parse(expiresAt);
  localStorage.setItem(storageKey, JSON.stringify({ token, expiresAt: state.expiresAt }));
}

export function setSessionAccount(account: SessionAccount): void {
  state.account = account;
}

export function endSession(): void {
  state.token = null;
  state.expiresAt = null;
  state.account = null;
  localStorage.removeItem(storageKey);
}

import { watch } from 'vue';
import { requestGraphQL } from '../graphql/request-graphql';
import { refreshTokenMutation } from './session-operations';
import { endSession, session, setSessionToken } from './session-store';

/** Refresh this long before expiry, or halfway through a shorter remaining lifetime. */
const refreshLeadMs = 2 * 60_000;
/** setTimeout fires at once for delays above 2^31 − 1 ms. */
const maxTimerMs = 2 ** 31 - 1;

let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Keeps the session's token fresh: swaps it via `refreshToken` shortly before it expires and ends
 * the session (→ login page) once it has expired without a successful refresh.
 */
export function startTokenRefresh(): void {
  watch(() => session.expiresAt, schedule, { immediate: true });
}

function schedule(expiresAt: number | null): void {
  clearTimeout(timer);
  if (expiresAt === null) return;
  const remaining = expiresAt - Date.now();
  if (remaining <= 0) {
    endSession();
    return;
  }
  const delay = Math.max(remaining - refreshLeadMs, remaining / 2);
  timer = setTimeout(() => void refresh(expiresAt), Math.min(delay, maxTimerMs));
}

async function refresh(expiresAt: number): Promise<void> {
  try {
    const { refreshToken } = await requestGraphQL(refreshTokenMutation);
    setSessionToken(refreshToken.token, refreshToken.expiresAt);
  } catch {
    // Unreachable gateway: keep the token until it expires, then the user logs in again.
    timer = setTimeout(endSession, Math.min(Math.max(expiresAt - Date.now(), 0), maxTimerMs));
  }
}

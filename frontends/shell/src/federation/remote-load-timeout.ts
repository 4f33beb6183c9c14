/** How long one attempt to load a remote may take; one that times out is tried once more by itself. */
const loadTimeoutMs = 15_000;

/** A load that took longer than `loadTimeoutMs`. */
export class RemoteLoadTimeout extends Error {}

/** The load, or a RemoteLoadTimeout once `loadTimeoutMs` have passed. */
export function withinTimeout<T>(load: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new RemoteLoadTimeout(`no answer within ${loadTimeoutMs} ms`)), loadTimeoutMs);
  });
  return Promise.race([load, timeout]).finally(() => clearTimeout(timer));
}

/** `defineAsyncComponent`'s onError: one more attempt after a first timeout; a remote that is down fails at once. */
export function loadOnceMore(error: Error, retry: () => void, fail: () => void, attempts: number): void {
  if (error instanceof RemoteLoadTimeout && attempts === 1) retry();
  else fail();
}

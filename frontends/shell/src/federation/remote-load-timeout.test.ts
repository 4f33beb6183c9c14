import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadOnceMore, RemoteLoadTimeout, withinTimeout } from './remote-load-timeout';

describe('loading a remote', () => {
  afterEach(() => vi.useRealTimers());

  it('gives up on an attempt that takes longer than the timeout', async () => {
    vi.useFakeTimers();
    const attempt = withinTimeout(new Promise(() => {}));
    vi.advanceTimersByTime(15_000);
    await expect(attempt).rejects.toBeInstanceOf(RemoteLoadTimeout);
  });

  it('tries once more after a timeout, and not after a failure or a second timeout', () => {
    const retry = vi.fn();
    const fail = vi.fn();
    loadOnceMore(new RemoteLoadTimeout('slow'), retry, fail, 1);
    expect([retry.mock.calls.length, fail.mock.calls.length]).toEqual([1, 0]);
    loadOnceMore(new RemoteLoadTimeout('slow'), retry, fail, 2);
    loadOnceMore(new Error('404'), retry, fail, 1);
    expect([retry.mock.calls.length, fail.mock.calls.length]).toEqual([1, 2]);
  });
});

import { RemoteFallback } from '@jiguan/kit';
import { computed, defineAsyncComponent, h, onErrorCaptured, ref, type Ref, watch } from 'vue';
import { loadRemoteApp } from './load-remote-app';
import RemoteLoading from './RemoteLoading.vue';
import { loadOnceMore, withinTimeout } from './remote-load-timeout';

/**
 * The remote's `./App` as an async component whose failures stay inside its area. A remote that
 * is down renders the error component at once; one too slow is tried once more first (a cold
 * server, a lost packet); one that loads and then throws is caught by
 * `onErrorCaptured` (which sees load failures too). Either way the area shows `RemoteFallback`
 * with a retry, and the error goes no further up to the shell.
 */
export function useRemoteApp(remoteName: Ref<string>, title: Ref<string>) {
  const attempt = ref(0);
  const failed = ref(false);

  function retry(): void {
    failed.value = false;
    attempt.value += 1;
  }

  const fallback = () => h(RemoteFallback, { name: title.value, onRetry: retry });

  // A new async component per attempt, so a retry loads again instead of reusing the failure.
  const remoteApp = computed(() => {
    const name = remoteName.value;
    void attempt.value;
    return defineAsyncComponent({
      loader: () => withinTimeout(loadRemoteApp(name)),
      loadingComponent: RemoteLoading,
      errorComponent: fallback,
      delay: 150,
      onError: loadOnceMore,
    });
  });

  // The router reuses the area when moving from one module to another: each starts afresh.
  watch(remoteName, () => {
    failed.value = false;
  });

  onErrorCaptured((error) => {
    console.error(`Remote "${remoteName.value}" failed`, error);
    failed.value = true;
    return false;
  });

  return { remoteApp, failed, fallback };
}

import { watch } from 'node:fs';
import type { Logger } from '@jiguan/shared-schema/logger';

export interface SupergraphWatchOptions {
  path: string;
  /** Receives the file's new text once it has settled after a change. */
  onChange: (supergraphSdl: string) => Promise<void>;
  logger: Logger;
}

/**
 * Watches the supergraph file (development: a re-composed file is picked up without a restart).
 * A change that fails to load is logged and the running supergraph stays. Returns the stop function.
 */
export function watchSupergraphFile(options: SupergraphWatchOptions, read: () => Promise<string>): () => void {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(options.path, () => {
    // Editors and the composer write in several steps; wait for the file to settle.
    clearTimeout(timer);
    timer = setTimeout(async () => {
      try {
        await options.onChange(await read());
      } catch (error) {
        options.logger.error('supergraph reload failed; keeping the running one', { path: options.path, error: (error as Error).message });
      }
    }, 200);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}

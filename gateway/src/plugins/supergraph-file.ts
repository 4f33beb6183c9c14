import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@jiguan/shared-schema/logger';

export interface SupergraphFileOptions {
  path: string;
  /** Re-read and hot-swap the supergraph when the file changes (development); default false. */
  watch?: boolean;
  logger: Logger;
}

/**
 * Serves the supergraph from a file; with `watch`, a re-composed file is picked up without a
 * restart. A file that fails to load is logged and the running supergraph stays.
 */
export function supergraphFromFile(options: SupergraphFileOptions): SupergraphSdlHook {
  return async ({ update }) => {
    const supergraphSdl = await readFile(options.path, 'utf8');
    options.logger.info('supergraph loaded', { path: options.path, watch: Boolean(options.watch) });
    if (!options.watch) return { supergraphSdl };
    let current = supergraphSdl;
    let timer: NodeJS.Timeout | undefined;
    const watcher = watch(options.path, () => {
      // Editors write in several steps; wait for the file to settle.
      clearTimeout(timer);
      timer = setTimeout(async () => {
        try {
          const next = await readFile(options.path, 'utf8');
          if (next === current) return;
          update(next);
          current = next;
          options.logger.info('supergraph reloaded', { path: options.path });
        } catch (error) {
          options.logger.error('supergraph reload failed; keeping the running one', { error: (error as Error).message });
        }
      }, 200);
    });
    return {
      supergraphSdl,
      cleanup: async () => {
        clearTimeout(timer);
        watcher.close();
      },
    };
  };
}

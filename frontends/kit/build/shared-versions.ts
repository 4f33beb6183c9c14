import { createRequire } from 'node:module';
import { type SharedSingleton, sharedSingletons } from './shared-singletons.ts';

/**
 * The installed version of each shared singleton, resolved from `fromDir` (a frontend's folder).
 * The shell announces these to the federation runtime, which checks them against each remote's
 * required versions.
 */
export function sharedVersions(fromDir: string): Record<SharedSingleton, string> {
  const require = createRequire(`${fromDir}/`);
  const versions = sharedSingletons.map((name) => {
    const { version } = require(`${name}/package.json`) as { version: string };
    return [name, version] as const;
  });
  return Object.fromEntries(versions) as Record<SharedSingleton, string>;
}

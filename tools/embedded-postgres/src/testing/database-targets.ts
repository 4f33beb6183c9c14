import { inject } from 'vitest';
import type {} from './pglite-global-setup.ts';

export interface DatabaseTarget {
  name: string;
  url: string;
}

/**
 * Where a test file runs its database tests: the embedded PostgreSQL of pglite-global-setup always,
 * and the real server of TEST_DATABASE_URL when it is set.
 */
export function databaseTargets(): DatabaseTarget[] {
  const targets = [{ name: 'embedded PGlite', url: inject('pgliteUrl') }];
  const real = process.env.TEST_DATABASE_URL;
  if (real) targets.push({ name: 'PostgreSQL (TEST_DATABASE_URL)', url: real });
  return targets;
}

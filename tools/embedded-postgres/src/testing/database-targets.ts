import { inject } from 'vitest';
import type {} from './pglite-global-setup.ts';

export interface DatabaseTarget {
  name: string;
  url: string;
  /** The embedded PGlite: one user and one session, so no second login can connect to it. */
  embedded: boolean;
}

/**
 * Where a test file runs its database tests: the embedded PostgreSQL of pglite-global-setup always,
 * and the real server of TEST_DATABASE_URL when it is set.
 */
export function databaseTargets(): DatabaseTarget[] {
  const targets = [{ name: 'embedded PGlite', url: inject('pgliteUrl'), embedded: true }];
  const real = process.env.TEST_DATABASE_URL;
  if (real) targets.push({ name: 'PostgreSQL (TEST_DATABASE_URL)', url: real, embedded: false });
  return targets;
}

import { inject } from 'vitest';

export interface DatabaseTarget {
  name: string;
  url: string;
}

/** The embedded PostgreSQL always, and the real server of TEST_DATABASE_URL when it is set. */
export function databaseTargets(): DatabaseTarget[] {
  const targets = [{ name: 'embedded PGlite', url: inject('pgliteUrl') }];
  const real = process.env.TEST_DATABASE_URL;
  if (real) targets.push({ name: 'PostgreSQL (TEST_DATABASE_URL)', url: real });
  return targets;
}

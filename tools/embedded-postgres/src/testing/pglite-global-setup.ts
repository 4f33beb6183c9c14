/**
 * Vitest globalSetup: one in-memory embedded PostgreSQL for all the test files of a package, stopped
 * after them. Test files read its URL with `inject('pgliteUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../embedded-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of the in-memory embedded PostgreSQL shared by the test files. */
    pgliteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const postgres = await startEmbeddedPostgres();
  project.provide('pgliteUrl', postgres.url);
  return () => postgres.stop();
}

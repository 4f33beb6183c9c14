import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '@jiguan/embedded-postgres/embedded-postgres';

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

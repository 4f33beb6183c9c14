import { mutationsOf, mutationsWithoutPage } from '@jiguan/kit/testing/mutations-on-pages';
import { describe, expect, it } from 'vitest';
import supergraph from '../../../shared-schema/supergraph.graphql?raw';

/** The pages' sources, as text (the generated files and tests left out). */
const sources = import.meta.glob<string>(['./**/*.ts', './**/*.vue', '!./generated/**', '!./**/*.test.ts'], { query: '?raw', import: 'default', eager: true });
/** The session's own mutations (login, refresh, logout) are sent by the kit, for every portal. */
const sessionSources = import.meta.glob<string>(['../../kit/src/session/*.ts', '!../../kit/src/session/*.test.ts'], { query: '?raw', import: 'default', eager: true });

describe('the admin portal', () => {
  it('calls every mutation of the directory subgraph from a page (or, for the session, from the kit)', () => {
    expect(mutationsOf(supergraph, 'DIRECTORY').length).toBeGreaterThanOrEqual(12);
    expect(mutationsWithoutPage(supergraph, 'DIRECTORY', [...Object.values(sources), ...Object.values(sessionSources)])).toEqual([]);
  });
});

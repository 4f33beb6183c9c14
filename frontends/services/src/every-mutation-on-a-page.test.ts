import { mutationsOf, mutationsWithoutPage } from '@jiguan/kit/testing/mutations-on-pages';
import { describe, expect, it } from 'vitest';
import supergraph from '../../../shared-schema/supergraph.graphql?raw';

/** The pages' sources, as text (the generated files and tests left out). */
const sources = import.meta.glob<string>(['./**/*.ts', './**/*.vue', '!./generated/**', '!./**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

describe('the services portal', () => {
  it('calls every mutation of the services subgraph from a page', () => {
    expect(mutationsOf(supergraph, 'SERVICES').length).toBeGreaterThan(30);
    expect(mutationsWithoutPage(supergraph, 'SERVICES', Object.values(sources))).toEqual([]);
  });
});

import { mutationsOf, mutationsWithoutPage } from '@jiguan/kit/testing/mutations-on-pages';
import { describe, expect, it } from 'vitest';
import supergraph from '../../../shared-schema/supergraph.graphql?raw';

/** The pages' sources, as text (the generated files and tests left out). */
const sources = import.meta.glob<string>(['./**/*.ts', './**/*.vue', '!./generated/**', '!./**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

describe('the assets portal', () => {
  it('calls every mutation of the assets subgraph from a page', () => {
    expect(mutationsOf(supergraph, 'ASSETS').length).toBeGreaterThan(30);
    expect(mutationsWithoutPage(supergraph, 'ASSETS', Object.values(sources))).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, SUPERGRAPH_PATH } from '../src/compose-supergraph.ts';

describe('supergraph composition', () => {
  it('composes every subgraph, and the checked-in supergraph is up to date (else run `npm run compose`)', async () => {
    const composed = await composeSupergraph();
    expect(await readFile(SUPERGRAPH_PATH, 'utf8')).toBe(composed);
  }, 60_000); // composing six subgraphs takes seconds of CPU: more than the default 5 s on a busy machine
});

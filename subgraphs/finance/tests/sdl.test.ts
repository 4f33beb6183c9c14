import { printSubgraphSdl } from '@jiguan/shared-schema/print-subgraph-sdl';
import { readCheckedInSdl } from '@jiguan/shared-schema/write-subgraph-sdl';
import { expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

it('the checked-in schema.graphql matches the code (else run `npm run compose`)', async () => {
  expect(await readCheckedInSdl('finance')).toBe(printSubgraphSdl(schema));
});

/** Writes shared-schema/supergraph.graphql from the subgraphs' checked-in SDL (`npm run compose`). */
import { writeFile } from 'node:fs/promises';
import { composeSupergraph, SUPERGRAPH_PATH } from '../src/compose-supergraph.ts';

await writeFile(SUPERGRAPH_PATH, await composeSupergraph());
console.log(`wrote ${SUPERGRAPH_PATH}`);

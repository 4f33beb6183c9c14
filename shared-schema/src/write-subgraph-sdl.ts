import { readFile, writeFile } from 'node:fs/promises';
import type { GraphQLSchema } from 'graphql';
import { subgraphSdlPath } from './compose-supergraph.ts';
import { printSubgraphSdl } from './print-subgraph-sdl.ts';

/** Writes a subgraph's SDL where composition reads it (`subgraphs/<name>/schema.graphql`). */
export async function writeSubgraphSdl(name: string, schema: GraphQLSchema): Promise<void> {
  await writeFile(subgraphSdlPath(name), printSubgraphSdl(schema));
}

/** The checked-in SDL, for a test that it matches the code. */
export function readCheckedInSdl(name: string): Promise<string> {
  return readFile(subgraphSdlPath(name), 'utf8');
}

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS, subgraphUrl } from './subgraphs.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const SUPERGRAPH_PATH = resolve(REPO_ROOT, 'shared-schema/supergraph.graphql');

/** Where a subgraph's printed SDL is checked in. */
export function subgraphSdlPath(name: string): string {
  return resolve(REPO_ROOT, 'subgraphs', name, 'schema.graphql');
}

/**
 * Composes the checked-in SDL of every subgraph into the supergraph. Throws with every composition
 * error when the subgraphs do not fit together. Routing URLs are the defaults; the gateway can
 * override each one at run time.
 */
export async function composeSupergraph(): Promise<string> {
  const services = await Promise.all(
    SUBGRAPHS.map(async (subgraph) => ({
      name: subgraph.name,
      url: subgraphUrl(subgraph, {}),
      typeDefs: parse(await readFile(subgraphSdlPath(subgraph.name), 'utf8')),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.ts';

/**
 * A copy of the checked-in supergraph (shared-schema/supergraph.graphql) with each subgraph's URL
 * pointed at the bench hub: the one file every gateway under test is given, so they all serve the
 * same schema and call the same subgraphs.
 */
export async function writeBenchSupergraph(dir: string, subgraphUrls: Record<string, string>): Promise<string> {
  let sdl = await readFile(join(REPO_ROOT, 'shared-schema/supergraph.graphql'), 'utf8');
  sdl = sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const url = subgraphUrls[name];
    if (!url) throw new Error(`the supergraph names subgraph ${name}, which the bench hub does not run`);
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
  const path = join(dir, 'supergraph.graphql');
  await writeFile(path, sdl);
  return path;
}

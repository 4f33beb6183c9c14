/**
 * Every subgraph of the hub, with its default port. Composition (which writes each URL into the
 * supergraph) and the process runner read this one list; the gateway reads its subgraphs from the
 * supergraph file, where `SUBGRAPH_URL_<NAME>` can move any of them.
 */
export const SUBGRAPHS = [
  { name: 'directory', port: 4001 },
  { name: 'assets', port: 4002 },
  { name: 'services', port: 4003 },
  { name: 'party', port: 4005 },
  { name: 'finance', port: 4004 },
] as const satisfies readonly { name: string; port: number }[];

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export function subgraphUrl(subgraph: { name: string; port: number }, env: NodeJS.ProcessEnv = process.env): string {
  return env[`SUBGRAPH_URL_${subgraph.name.toUpperCase()}`] ?? `http://localhost:${subgraph.port}/graphql`;
}

/**
 * Every subgraph of the hub, with its default port. Composition, the gateway and the process runner
 * read this one list; a subgraph's URL can be overridden with `SUBGRAPH_URL_<NAME>`.
 */
export const SUBGRAPHS = [
  { name: 'directory', port: 4001 },
  { name: 'assets', port: 4002 },
] as const satisfies readonly { name: string; port: number }[];

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export function subgraphUrl(subgraph: { name: string; port: number }, env: NodeJS.ProcessEnv = process.env): string {
  return env[`SUBGRAPH_URL_${subgraph.name.toUpperCase()}`] ?? `http://localhost:${subgraph.port}/graphql`;
}

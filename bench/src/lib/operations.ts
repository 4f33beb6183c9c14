import { readFileSync } from 'node:fs';

export interface Operation {
  /** Short name used in tables and in BENCH_OPERATIONS. */
  name: string;
  /** What it exercises, printed under the tables. */
  description: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The subgraphs its query plan reaches. */
  subgraphs: string[];
}

/** Whether the supergraph has the assets subgraph's `Organization.buildings` (the cross-subgraph join). */
export function hasBuildings(supergraphSdl: string): boolean {
  return /@join__graph\(name: "assets"/.test(supergraphSdl) && /^\s+buildings\(/m.test(supergraphSdl);
}

/**
 * The benchmark's operations: a single-subgraph list, a cross-subgraph entity join and a large
 * nested list. Until the assets subgraph is in the supergraph, the join falls back to units with
 * their people (one subgraph) and says so.
 */
export function gatewayOperations(supergraphPath: string): Operation[] {
  const join: Operation = hasBuildings(readFileSync(supergraphPath, 'utf8'))
    ? {
        name: 'join',
        description: 'cross-subgraph entity join: 20 units with 5 people each (directory) and 5 buildings each (assets, via _entities)',
        query:
          'query UnitsPeopleBuildings { organizations(first: 20) { edges { node { id name people(first: 5) { edges { node { name position } } } buildings(first: 5) { edges { node { code name address } } } } } } }',
        subgraphs: ['directory', 'assets'],
      }
    : {
        name: 'join',
        description: 'NOT cross-subgraph yet (no assets subgraph in the supergraph): 20 units with 5 people each, directory only',
        query: 'query UnitsPeople { organizations(first: 20) { edges { node { id name people(first: 5) { edges { node { name position } } } } } } }',
        subgraphs: ['directory'],
      };
  return [
    {
      name: 'list',
      description: 'single-subgraph list: 50 units (directory)',
      query: 'query Units { organizations(first: 50) { edges { node { id name code kind } } } }',
      subgraphs: ['directory'],
    },
    join,
    {
      name: 'nested',
      description: 'large nested list: 200 people with their unit and its parent (directory)',
      query: 'query People { people(first: 200) { edges { node { name organization { name parent { name } } } } } }',
      subgraphs: ['directory'],
    },
  ];
}

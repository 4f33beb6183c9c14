import { Kind, type GraphQLSchema } from 'graphql';

/** `SUBGRAPH_URL_<NAME>`'s `<NAME>` for a subgraph name. */
export function overrideKey(subgraphName: string): string {
  return subgraphName.toUpperCase().replace(/\W/g, '_');
}

/**
 * The subgraphs of a supergraph and where they listen, read from its `join__Graph` enum
 * (`@join__graph(name: "directory", url: "http://…")`). `overrides`, keyed by the name in upper case
 * (`SUBGRAPH_URL_<NAME>`: `DIRECTORY`, `ASSETS`; other characters as `_`), move any of them without
 * recomposing.
 */
export function subgraphEndpoints(supergraph: GraphQLSchema, overrides: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const endpoints = new Map<string, string>();
  const graphs = supergraph.getType('join__Graph');
  const values = graphs?.astNode?.kind === Kind.ENUM_TYPE_DEFINITION ? (graphs.astNode.values ?? []) : [];
  for (const value of values) {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph');
    const arg = (name: string) => {
      const node = directive?.arguments?.find((a) => a.name.value === name)?.value;
      return node?.kind === Kind.STRING ? node.value : undefined;
    };
    const name = arg('name');
    const url = arg('url');
    if (name) endpoints.set(name, overrides[overrideKey(name)] ?? url ?? '');
  }
  return endpoints;
}

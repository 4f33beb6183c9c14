/*
 * Every mutation a subgraph offers is reachable from a page: the check a remote's unit test makes
 * over the composed supergraph and the remote's own sources (the operation documents its pages write).
 */

/** The mutations of the supergraph that `graph` (its join__Graph name: `SERVICES`, `ASSETS` …) resolves. */
export function mutationsOf(supergraphSdl: string, graph: string): string[] {
  const body = /\ntype Mutation\b[^{]*\{([\s\S]*?)\n\}/.exec(supergraphSdl)?.[1] ?? '';
  return [...body.matchAll(/^\s+(\w+)(?:\([^\n]*\))?: [^\n]*@join__field\(graph: (\w+)\)/gm)].filter((match) => match[2] === graph).map((match) => match[1] ?? '');
}

/** The root fields of the mutation documents written in these sources (`mutation X(…) { field(` and its aliases). */
export function mutationsCalled(sources: readonly string[]): Set<string> {
  const called = new Set<string>();
  for (const source of sources) {
    for (const document of source.matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
      const text = document[1] ?? '';
      if (!/^\s*mutation\b/.test(text)) continue;
      const selection = text.slice(text.indexOf('{') + 1);
      // Root fields: names at depth 0 of the operation's selection set, before their arguments or selection.
      let depth = 0;
      for (const token of selection.matchAll(/[{}()]|(?:\w+\s*:\s*)?(\w+)/g)) {
        const [whole, field] = token;
        if (whole === '{' || whole === '(') depth += 1;
        else if (whole === '}' || whole === ')') depth -= 1;
        else if (depth === 0 && field) called.add(field);
        if (depth < 0) break;
      }
    }
  }
  return called;
}

/** The mutations of `graph` no source calls: what a test expects to be `[]`. */
export function mutationsWithoutPage(supergraphSdl: string, graph: string, sources: readonly string[]): string[] {
  const called = mutationsCalled(sources);
  return mutationsOf(supergraphSdl, graph).filter((mutation) => !called.has(mutation)).sort();
}

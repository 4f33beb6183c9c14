import { buildSchema, getIntrospectionQuery, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE } from '../src/pagination.ts';
import { measureOperation, UNBOUNDED_LIST_ROWS } from '../src/limits/operation-size.ts';
import { DEFAULT_QUERY_LIMITS, queryLimitsFromEnv, refusalFor, tokenLimitRefusal } from '../src/limits/query-limits.ts';

const schema = buildSchema(`
  scalar _Any
  type Query {
    organizations(first: Int, after: String): OrganizationConnection!
    organization(id: ID!): Organization
    _entities(representations: [_Any!]!): [Organization]!
  }
  type OrganizationConnection { edges: [OrganizationEdge!]! totalCount: Int! }
  type OrganizationEdge { node: Organization! cursor: String! }
  type Organization { id: ID! name: String! parent: Organization children: [Organization!]! people(first: Int): PersonConnection! }
  type PersonConnection { edges: [PersonEdge!]! }
  type PersonEdge { node: Person! }
  type Person { id: ID! name: String! }
`);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  if (!operation) throw new Error('no operation');
  return measureOperation(schema, operation, fragments, variables);
}

/** `field { … field { leaf } }`, `levels` times. */
const nest = (levels: number, field: string, leaf = 'id') => `${`${field} { `.repeat(levels)}${leaf}${' }'.repeat(levels)}`;

describe('the size of an operation', () => {
  it('counts each field once per row its enclosing lists can return', () => {
    // organizations(first: 10): the field 1, edges 1, and node, id, name for each of the 10 edges.
    expect(measure('{ organizations(first: 10) { edges { node { id name } } } }')).toEqual({ depth: 4, aliases: 0, directives: 0, cost: 1 + 1 + 3 * 10 });
    // A list without `first`: UNBOUNDED_LIST_ROWS rows.
    expect(measure('{ organization(id: "1") { children { id } } }').cost).toBe(1 + 1 + UNBOUNDED_LIST_ROWS);
    // `first` omitted: a page of the default size; the connection's totalCount is there once, not once per row.
    expect(measure('{ organizations { totalCount edges { cursor } } }').cost).toBe(1 + 1 + 1 + DEFAULT_PAGE_SIZE);
  });

  it('reads `first` from the variables, and counts an _entities call by its representations', () => {
    expect(measure('query ($n: Int) { organizations(first: $n) { edges { cursor } } }', { n: 200 }).cost).toBe(1 + 1 + 200);
    const representations = Array.from({ length: 7 }, (_, i) => ({ __typename: 'Organization', id: String(i) }));
    expect(measure('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { name } } }', { r: representations }).cost).toBe(1 + 7);
  });

  it('follows fragments and counts aliases written anywhere', () => {
    const query = `
      { a: organization(id: "1") { ...unit } b: organization(id: "2") { ...unit } }
      fragment unit on Organization { name parentName: parent { n: name } }`;
    // Aliases in a fragment count each time it is spread (a fragment multiplies them as it is reused).
    expect(measure(query)).toEqual({ depth: 3, aliases: 2 + 2 * 2, directives: 0, cost: 2 * (1 + 1 + 1 + 1) });
  });

  it('counts directives written on the operation, fields, inline fragments and fragments, per spread', () => {
    const query = `query @a { organization(id: "1") @include(if: true) @skip(if: false) { ... @include(if: true) { id } ...unit ...unit } }
      fragment unit on Organization @b { name @c }`;
    // @a; two on the field; one on the inline fragment; per spread: @b on the fragment and @c on name.
    expect(measure(query).directives).toBe(1 + 2 + 1 + 2 * 2);
  });

  it('grows with nested lists as the answer does: ×20 per level of children', () => {
    const sizes = [1, 2, 3, 4].map((levels) => measure(`{ organization(id: "1") { ${nest(levels, 'children')} } }`).cost);
    expect(sizes).toEqual([1 + 1 + 20, 1 + 1 + 20 + 400, 1 + 1 + 20 + 400 + 8000, 1 + 1 + 20 + 400 + 8000 + 160000]);
  });

  it('leaves the standard introspection query alone', () => {
    expect(measure(getIntrospectionQuery())).toEqual({ depth: 0, aliases: 0, directives: 0, cost: 0 });
  });
});

describe('the query limits', () => {
  it('refuse the first limit exceeded with QUERY_TOO_COMPLEX, a reason, the limit and the figure', () => {
    const deep = refusalFor(measure(`{ organization(id: "1") { ${nest(30, 'parent')} } }`), DEFAULT_QUERY_LIMITS);
    expect(deep?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'QUERY_TOO_DEEP', params: { limit: 15, figure: 32 } });

    const aliases = Array.from({ length: 51 }, (_, i) => `a${i}: organization(id: "1") { id }`).join(' ');
    expect(refusalFor(measure(`{ ${aliases} }`), DEFAULT_QUERY_LIMITS)?.extensions).toMatchObject({ reason: 'TOO_MANY_ALIASES', params: { limit: 50, figure: 51 } });

    const costly = refusalFor(measure(`{ organization(id: "1") { ${nest(5, 'children')} } }`), DEFAULT_QUERY_LIMITS);
    expect(costly?.extensions).toMatchObject({ reason: 'QUERY_TOO_COSTLY', params: { limit: 250_000, figure: 168_422 + 3_200_000 } });
    expect(costly?.message).toContain('3368422');
  });

  it('refuse more directives than the limit with TOO_MANY_DIRECTIVES', () => {
    const refusal = refusalFor(measure(`{ organization(id: "1") { id ${'@include(if: true) '.repeat(51)}} }`), DEFAULT_QUERY_LIMITS);
    expect(refusal?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'TOO_MANY_DIRECTIVES', params: { limit: 50, figure: 51 } });
  });

  it('turn the parse error of a document over the token limit into QUERY_TOO_COMPLEX, and no other parse error', () => {
    let message = '';
    try {
      parse(`{ ${'id '.repeat(20)}}`, { maxTokens: 10 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(tokenLimitRefusal(message)?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', reason: 'TOO_MANY_TOKENS', params: { limit: 10 } });
    expect(tokenLimitRefusal('Syntax Error: Expected Name, found <EOF>.')).toBeUndefined();
  });

  it('let an operation within every limit pass', () => {
    // 1 + 1 + 200 × (node, id, name, people, edges) + 4,000 × (node, id, name) = 13,002.
    const page = measure('{ organizations(first: 200) { edges { node { id name people(first: 20) { edges { node { id name } } } } } } }');
    expect(page.cost).toBe(13_002);
    expect(refusalFor(page, DEFAULT_QUERY_LIMITS)).toBeUndefined();
  });

  it('are configuration: QUERY_MAX_* replace the defaults, and a bad value stops the start', () => {
    expect(queryLimitsFromEnv({})).toEqual(DEFAULT_QUERY_LIMITS);
    expect(queryLimitsFromEnv({ QUERY_MAX_DEPTH: '8', QUERY_MAX_ALIASES: '10', QUERY_MAX_DIRECTIVES: '4', QUERY_MAX_COST: '5000', QUERY_MAX_TOKENS: '900' })).toEqual({
      maxDepth: 8,
      maxAliases: 10,
      maxDirectives: 4,
      maxCost: 5000,
      maxTokens: 900,
    });
    expect(() => queryLimitsFromEnv({ QUERY_MAX_COST: 'lots' })).toThrow(/QUERY_MAX_COST/);
  });
});

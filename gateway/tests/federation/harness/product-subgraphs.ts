import { federation, type SubgraphDefinition } from './start-federation.ts';

/** The subgraph that owns `Product` and answers `{ product }` with product p1. */
export const productCatalog: SubgraphDefinition = {
  name: 'catalog',
  typeDefs: `${federation(['@key'])}
    type Query { product: Product }
    type Product @key(fields: "id") { id: ID! }`,
  resolvers: { Query: { product: () => ({ id: 'p1' }) } },
};

/** A subgraph adding one nullable `Int` field to `Product`, answered by `resolve` (slow, failing … as the case needs). */
export function productField(name: string, field: string, resolve: () => unknown): SubgraphDefinition {
  return {
    name,
    typeDefs: `${federation(['@key'])}
      type Product @key(fields: "id") { id: ID! ${field}: Int }`,
    resolvers: { Product: { __resolveReference: (ref: { id: string }) => ref, [field]: resolve } },
  };
}

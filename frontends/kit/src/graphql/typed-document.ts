import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * An operation as graphql-codegen's client preset generates it (`graphql(…)` in string mode returns
 * a `TypedDocumentString`): its text, typed by its result and variables, so `requestGraphQL` infers
 * both. Structural, because each frontend generates a TypedDocumentString class of its own.
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables>;


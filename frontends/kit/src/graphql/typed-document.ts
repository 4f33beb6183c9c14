/**
 * A GraphQL operation's source, carrying its result and variables types so `requestGraphQL`
 * infers both (the shape of graphql-codegen's `TypedDocumentString`, which can replace it).
 */
export type TypedDocument<TResult, TVariables> = string & {
  readonly __resultType?: TResult;
  readonly __variablesType?: TVariables;
};

export function defineDocument<TResult, TVariables = Record<string, never>>(
  source: string,
): TypedDocument<TResult, TVariables> {
  return source as TypedDocument<TResult, TVariables>;
}

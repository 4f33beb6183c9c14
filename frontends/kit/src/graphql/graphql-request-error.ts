/** The codes the hub puts in `extensions.code`, plus NETWORK when the gateway could not be reached. */
export type GraphQLErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL'
  | 'NETWORK';

const serverCodes: ReadonlySet<string> = new Set<GraphQLErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
]);

/** A GraphQL request that failed; `message` is fit to show a person, `field` names the bad input. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    readonly code: GraphQLErrorCode,
    message: string,
    /** Last segment of `extensions.field` for BAD_USER_INPUT (`input.username` → `username`). */
    readonly field?: string,
  ) {
    super(message);
  }
}

interface ResponseError {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown };
}

/** Maps the first GraphQL error of a response; unknown codes become INTERNAL. */
export function toGraphQLRequestError(error: ResponseError, fallbackMessage: string): GraphQLRequestError {
  const code = typeof error.extensions?.code === 'string' && serverCodes.has(error.extensions.code)
    ? (error.extensions.code as GraphQLErrorCode)
    : 'INTERNAL';
  const message = typeof error.message === 'string' && error.message ? error.message : fallbackMessage;
  const field = typeof error.extensions?.field === 'string' ? error.extensions.field.split('.').at(-1) : undefined;
  return new GraphQLRequestError(code, message, field);
}

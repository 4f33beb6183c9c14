import { i18n } from '../i18n/i18n';

/** The codes the hub puts in `extensions.code`, plus NETWORK when the gateway could not be reached. */
export type GraphQLErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'QUERY_TOO_COMPLEX'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL'
  | 'SUBGRAPH_UNAVAILABLE'
  | 'NETWORK';

const serverCodes: ReadonlySet<string> = new Set<GraphQLErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  // An operation over the query limits (depth, aliases, cost), refused before it ran.
  'QUERY_TOO_COMPLEX',
  // Too many attempts (logins): the text says when to try again.
  'TOO_MANY_REQUESTS',
  'INTERNAL',
  // The gateway's answer for a subgraph that is down or too slow: that part fails, the rest stands.
  'SUBGRAPH_UNAVAILABLE',
]);

/** The values a refusal's text is filled in with (`extensions.params`, e.g. `{ max: 500 }`). */
export type ErrorParams = Readonly<Record<string, string | number>>;

export interface GraphQLRequestErrorDetails {
  /** Last segment of `extensions.field` for BAD_USER_INPUT (`input.username` → `username`). */
  field?: string;
  /** `extensions.reason`: why the server refused, stable and UPPER_SNAKE (`SELF_APPROVAL`, `LOST_RACE` …). */
  reason?: string;
  /** `extensions.params`: the values of the reason's text. */
  params?: ErrorParams;
}

/**
 * A GraphQL request that failed. `message` is the server's own wording (Chinese, as API callers get
 * it); `localizedMessage` is what a page shows.
 */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  readonly field: string | undefined;
  readonly reason: string | undefined;
  readonly params: ErrorParams;

  constructor(
    readonly code: GraphQLErrorCode,
    message: string,
    details: GraphQLRequestErrorDetails = {},
  ) {
    super(message);
    this.field = details.field;
    this.reason = details.reason;
    this.params = details.params ?? {};
  }

  /**
   * The reason's own text in the current language (`reason.<REASON>`: the kit's generic reasons and
   * each remote's), filled in with the params; undefined when that language has none.
   */
  get reasonText(): string | undefined {
    const key = `reason.${this.reason}`;
    // With the locale named, `te` looks in that language only, not in the fallback (zh-CN).
    return this.reason && i18n.global.te(key, i18n.global.locale.value) ? i18n.global.t(key, { ...this.params }) : undefined;
  }

  /** The text to show: the reason's text, else the server's message. Read during render, so it follows a language switch. */
  get localizedMessage(): string {
    return this.reasonText ?? this.message;
  }
}

interface ResponseError {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown; reason?: unknown; params?: unknown };
}

/** Maps the first GraphQL error of a response; unknown codes become INTERNAL. */
export function toGraphQLRequestError(error: ResponseError, fallbackMessage: string): GraphQLRequestError {
  const { code, field, reason, params } = error.extensions ?? {};
  return new GraphQLRequestError(
    typeof code === 'string' && serverCodes.has(code) ? (code as GraphQLErrorCode) : 'INTERNAL',
    typeof error.message === 'string' && error.message ? error.message : fallbackMessage,
    {
      field: typeof field === 'string' ? field.split('.').at(-1) : undefined,
      reason: typeof reason === 'string' && reason ? reason : undefined,
      params: errorParams(params),
    },
  );
}

/** Only the string and number entries of `extensions.params`: the values a text can be filled in with. */
function errorParams(params: unknown): ErrorParams {
  if (typeof params !== 'object' || params === null) return {};
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'),
  );
}

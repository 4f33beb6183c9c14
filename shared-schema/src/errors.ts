import { GraphQLError } from 'graphql';

/** The error codes every service puts in `extensions.code`; clients switch on these, never on messages. */
export type HubErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'QUERY_TOO_COMPLEX' | 'TOO_MANY_REQUESTS' | 'SUBGRAPH_UNAVAILABLE' | 'INTERNAL';

/** Values a UI puts into its translation of a reason, e.g. `{ max: 500 }`. */
export type ReasonParams = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Why something was refused, for a person and for a UI: `code` says what kind of refusal it is,
 * `reason` (UPPER_SNAKE, stable) which one, so a UI can say it in the user's language with the
 * `params`; `message` is the hub's own wording (Chinese), kept for API callers.
 */
export interface Refusal {
  code: Exclude<HubErrorCode, 'INTERNAL'>;
  reason: string;
  message: string;
  params?: ReasonParams;
  /** The input path to fix, for BAD_USER_INPUT (`input.username`). */
  field?: string;
}

export interface HubErrorOptions {
  reason?: string;
  params?: ReasonParams;
  field?: string;
}

/** The reason of a refusal that names none. */
const DEFAULT_REASON: Record<HubErrorCode, string> = {
  BAD_USER_INPUT: 'INVALID_INPUT',
  UNAUTHENTICATED: 'LOGIN_REQUIRED',
  FORBIDDEN: 'NOT_PERMITTED',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COSTLY',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  INTERNAL: 'INTERNAL',
};

/** Base of every error the hub shows a person: a code, a reason, and a message they can act on. */
export class HubError extends GraphQLError {
  constructor(code: HubErrorCode, message: string, options: HubErrorOptions = {}) {
    const { reason = DEFAULT_REASON[code], params, field } = options;
    super(message, { extensions: { code, reason, ...(params ? { params } : {}), ...(field ? { field } : {}) } });
  }
}

/** Input that fails validation; `field` names the offending input path (e.g. `input.username`). */
export class BadUserInputError extends HubError {
  constructor(message: string, field?: string, options: Omit<HubErrorOptions, 'field'> = {}) {
    super('BAD_USER_INPUT', message, { ...options, ...(field ? { field } : {}) });
  }
}

export class UnauthenticatedError extends HubError {
  constructor(message = '请先登录', options: HubErrorOptions = {}) {
    super('UNAUTHENTICATED', message, options);
  }
}

export class ForbiddenError extends HubError {
  constructor(message = '没有执行此操作的权限', options: HubErrorOptions = {}) {
    super('FORBIDDEN', message, options);
  }
}

export class NotFoundError extends HubError {
  /** `what` is how a person names the thing (处置申请); `id` the one asked for. */
  constructor(what: string, id?: string) {
    super('NOT_FOUND', id ? `${what}不存在（${id}）` : `${what}不存在`, { params: { what, ...(id ? { id } : {}) } });
  }
}

/** The record is in a state that does not allow the change (wrong transition, taken name, lost race). */
export class ConflictError extends HubError {
  constructor(message: string, options: HubErrorOptions = {}) {
    super('CONFLICT', message, options);
  }
}

/** Another service this one needs for the answer did not answer; `service` names it. Safe to retry. */
export class ServiceUnavailableError extends HubError {
  constructor(service: string) {
    super('SUBGRAPH_UNAVAILABLE', `${service} 服务暂不可用，请稍后重试`, { params: { service } });
  }
}

/** The error of a refusal, e.g. one a state machine gave. */
export function refusalError(refusal: Refusal): HubError {
  return new HubError(refusal.code, refusal.message, { reason: refusal.reason, params: refusal.params, field: refusal.field });
}

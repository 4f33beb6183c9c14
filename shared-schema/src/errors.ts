import { GraphQLError } from 'graphql';

/** The error codes every service puts in `extensions.code`; clients switch on these, never on messages. */
export type HubErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL';

/** Base of every error the hub shows a person: a code, and a message they can act on. */
export class HubError extends GraphQLError {
  constructor(code: HubErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Input that fails validation; `field` names the offending input path (e.g. `input.username`). */
export class BadUserInputError extends HubError {
  constructor(message: string, field?: string) {
    super('BAD_USER_INPUT', message, field ? { field } : {});
  }
}

export class UnauthenticatedError extends HubError {
  constructor(message = '请先登录') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends HubError {
  constructor(message = '没有执行此操作的权限') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends HubError {
  constructor(what: string, id?: string) {
    super('NOT_FOUND', id ? `${what}不存在（${id}）` : `${what}不存在`);
  }
}

/** The record is in a state that does not allow the change (wrong transition, taken name, lost race). */
export class ConflictError extends HubError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export const KNOWN_ERROR_CODES: ReadonlySet<string> = new Set<HubErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
]);

import { describe, expect, it } from 'vitest';
import { toGraphQLRequestError } from './graphql-request-error';

describe('toGraphQLRequestError', () => {
  it('keeps the code and the message the server gave', () => {
    const error = toGraphQLRequestError({ message: '用户名已被使用', extensions: { code: 'CONFLICT' } }, 'fallback');
    expect(error).toMatchObject({ code: 'CONFLICT', message: '用户名已被使用', field: undefined });
  });

  it('names the offending field by the last segment of its input path', () => {
    const error = toGraphQLRequestError({ message: '密码太短', extensions: { code: 'BAD_USER_INPUT', field: 'input.password' } }, 'fallback');
    expect(error.field).toBe('password');
  });

  it('treats an unknown or missing code as INTERNAL and a missing message as the fallback', () => {
    expect(toGraphQLRequestError({ message: 'x', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, 'f').code).toBe('INTERNAL');
    expect(toGraphQLRequestError({}, '服务器内部错误')).toMatchObject({ code: 'INTERNAL', message: '服务器内部错误' });
  });
});

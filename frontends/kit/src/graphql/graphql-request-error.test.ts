import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { toGraphQLRequestError } from './graphql-request-error';

describe('toGraphQLRequestError', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN';
  });

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

  it('carries the reason and the string and number params of the refusal', () => {
    const error = toGraphQLRequestError(
      { message: '理由不能超过 500 个字', extensions: { code: 'BAD_USER_INPUT', reason: 'TEXT_TOO_LONG', params: { max: 500, field: 'reason', nested: { x: 1 }, none: null } } },
      'f',
    );
    expect(error).toMatchObject({ reason: 'TEXT_TOO_LONG', params: { max: 500, field: 'reason' } });
    expect(error.params).not.toHaveProperty('nested');
    expect(error.params).not.toHaveProperty('none');
  });

  it('shows the reason in the current language with its params, and the server’s words without a reason', () => {
    const tooLong = toGraphQLRequestError({ message: '理由过长', extensions: { code: 'BAD_USER_INPUT', reason: 'TEXT_TOO_LONG', params: { max: 500 } } }, 'f');
    expect(tooLong.localizedMessage).toBe('不能超过 500 个字');
    i18n.global.locale.value = 'en';
    expect(tooLong.localizedMessage).toBe('At most 500 characters');
    expect(tooLong.message).toBe('理由过长');

    const plain = toGraphQLRequestError({ message: '没有执行此操作的权限', extensions: { code: 'FORBIDDEN' } }, 'f');
    expect(plain.localizedMessage).toBe('没有执行此操作的权限');
  });

  it('tells a four-eyes refusal from other FORBIDDENs', () => {
    const selfApproval = toGraphQLRequestError({ message: '不能审批自己提交的处置申请', extensions: { code: 'FORBIDDEN', reason: 'SELF_APPROVAL' } }, 'f');
    expect(selfApproval).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF_APPROVAL', localizedMessage: '不能审批自己提交的申请' });
  });

  it('falls back to the server’s message for a reason the current language has no text for', () => {
    i18n.global.mergeLocaleMessage('zh-CN', { reason: { ONLY_IN_CHINESE: '仅有中文' } });
    const error = toGraphQLRequestError({ message: '服务器的说明', extensions: { code: 'CONFLICT', reason: 'ONLY_IN_CHINESE' } }, 'f');
    expect(error.localizedMessage).toBe('仅有中文');
    i18n.global.locale.value = 'en';
    expect(error.reasonText).toBeUndefined();
    expect(error.localizedMessage).toBe('服务器的说明');
    const unknown = toGraphQLRequestError({ message: '另一个说明', extensions: { code: 'CONFLICT', reason: 'NOT_TRANSLATED' } }, 'f');
    expect(unknown.localizedMessage).toBe('另一个说明');
  });
});

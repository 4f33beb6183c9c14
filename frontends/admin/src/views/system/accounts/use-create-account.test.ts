import { i18n } from '@jiguan/kit';
import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAdminMessages } from '../../../locales/admin-messages';
import { useCreateAccount } from './use-create-account';

function filled() {
  const account = useCreateAccount();
  Object.assign(account.form, { username: '  li.ming ', password: 'Secret2024', personId: 'person-1', roles: ['UNIT_USER'], dataScope: 'UNIT_AND_CHILDREN' });
  return account;
}

describe('useCreateAccount', () => {
  beforeAll(registerAdminMessages);
  afterEach(() => {
    vi.unstubAllGlobals();
    i18n.global.locale.value = 'zh-CN';
  });

  it('sends the form with the username trimmed and resolves with the new account', async () => {
    const requests = stubGateway({ CreateUserAccount: data({ createUserAccount: { id: 'account-9', username: 'li.ming' } }) });
    const account = filled();
    await expect(account.submit()).resolves.toEqual({ id: 'account-9', username: 'li.ming' });
    expect(requests[0]?.variables).toEqual({
      input: { username: 'li.ming', password: 'Secret2024', personId: 'person-1', roles: ['UNIT_USER'], dataScope: 'UNIT_AND_CHILDREN' },
    });
    expect(account.submitting.value).toBe(false);
  });

  it('shows a refusal on the field it names, or above the form', async () => {
    const account = filled();
    stubGateway({ CreateUserAccount: refusal('BAD_USER_INPUT', '密码须同时包含字母和数字', { field: 'input.password' }) });
    await expect(account.submit()).resolves.toBeNull();
    expect(account.fieldErrors.value.password?.localizedMessage).toBe('密码须同时包含字母和数字');
    expect(account.serverError.value).toBeNull();

    stubGateway({ CreateUserAccount: refusal('CONFLICT', '用户名 li.ming 已被使用') });
    await account.submit();
    expect(account.fieldErrors.value).toEqual({});
    expect(account.serverError.value?.localizedMessage).toBe('用户名 li.ming 已被使用');
  });

  it('says a directory refusal in the current language, filled in with its params', async () => {
    const account = filled();
    stubGateway({ CreateUserAccount: refusal('CONFLICT', '用户名 li.ming 已被使用', { reason: 'USERNAME_TAKEN', params: { username: 'li.ming' } }) });
    await account.submit();
    i18n.global.locale.value = 'en';
    expect(account.serverError.value?.localizedMessage).toBe('The username li.ming is taken');
  });

  it('starts again empty after a reset', () => {
    const account = filled();
    account.reset();
    expect(account.form).toEqual({ username: '', password: '', personId: '', roles: [], dataScope: 'SELF' });
  });
});

import { i18n } from '@jiguan/kit';
import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { accountRow } from '../../../../testing/account-row';
import { registerAdminMessages } from '../../../locales/admin-messages';
import { useSetAccountRoles } from './use-set-account-roles';

const account = accountRow('unit');

describe('useSetAccountRoles', () => {
  beforeAll(registerAdminMessages);
  afterEach(() => {
    vi.unstubAllGlobals();
    i18n.global.locale.value = 'zh-CN';
  });

  it('opens on the account’s current roles and scope and sends the changed ones, then refreshes the list', async () => {
    const requests = stubGateway({
      SetUserAccountRoles: data({ setUserAccountRoles: { id: account.id, username: 'unit', roles: ['UNIT_USER', 'LEADER'], dataScope: 'ALL' } }),
    });
    const changed = vi.fn();
    const dialog = useSetAccountRoles(changed);
    dialog.open(account);
    expect(dialog.form).toEqual({ roles: ['UNIT_USER'], dataScope: 'UNIT_AND_CHILDREN' });
    dialog.form.roles.push('LEADER');
    dialog.form.dataScope = 'ALL';
    await expect(dialog.submit()).resolves.toBe('已更新账号 unit 的角色与数据范围');
    expect(requests.map((request) => request.variables)).toEqual([{ id: 'account-unit', roles: ['UNIT_USER', 'LEADER'], dataScope: 'ALL' }]);
    expect(changed).toHaveBeenCalledOnce();
    expect(dialog.target).toBeNull();
    // The row the dialog was opened on is left as it was: the list reloads it.
    expect(account.roles).toEqual(['UNIT_USER']);
  });

  it('shows a refusal of the roles on the roles field, in the current language', async () => {
    stubGateway({ SetUserAccountRoles: refusal('BAD_USER_INPUT', '至少选择一个角色', { field: 'roles', reason: 'ROLES_REQUIRED' }) });
    const changed = vi.fn();
    const dialog = useSetAccountRoles(changed);
    dialog.open(account);
    dialog.form.roles = [];
    await expect(dialog.submit()).resolves.toBeNull();
    expect(dialog.fieldErrors.roles?.localizedMessage).toBe('至少选择一个角色');
    expect(dialog.serverError).toBeNull();
    expect(dialog.target).toEqual(account);
    i18n.global.locale.value = 'en';
    expect(dialog.fieldErrors.roles?.localizedMessage).toBe(i18n.global.t('reason.ROLES_REQUIRED'));
    expect(changed).not.toHaveBeenCalled();
  });

  it('keeps the last administrator’s refusal above the form and refreshes the stale list', async () => {
    stubGateway({ SetUserAccountRoles: refusal('CONFLICT', '这是最后一个有效的系统管理员账号，不能停用或移除其管理员角色', { reason: 'LAST_ADMIN' }) });
    const changed = vi.fn();
    const dialog = useSetAccountRoles(changed);
    dialog.open({ ...account, roles: ['ADMIN'] });
    dialog.form.roles = ['LEADER'];
    await expect(dialog.submit()).resolves.toBeNull();
    expect(dialog.serverError?.code).toBe('CONFLICT');
    expect(dialog.fieldErrors).toEqual({});
    expect(changed).toHaveBeenCalledOnce();
  });
});

import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { accountRow } from '../../../../testing/account-row';
import { registerAdminMessages } from '../../../locales/admin-messages';
import { useResetPassword } from './use-reset-password';

const account = accountRow('unit');

describe('useResetPassword', () => {
  beforeAll(registerAdminMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('sets the new password of the account it was opened on and says so', async () => {
    const requests = stubGateway({ ResetUserAccountPassword: data({ resetUserAccountPassword: { id: account.id } }) });
    const dialog = useResetPassword();
    dialog.open(account);
    Object.assign(dialog.form, { newPassword: 'Fresh2024', confirmPassword: 'Fresh2024' });
    await expect(dialog.submit()).resolves.toBe('已重置账号 unit 的密码');
    expect(requests.map((request) => request.variables)).toEqual([{ id: 'account-unit', newPassword: 'Fresh2024' }]);
    expect(dialog.target).toBeNull();
  });

  it('keeps the refusal in the open dialog', async () => {
    stubGateway({ ResetUserAccountPassword: refusal('FORBIDDEN', '没有执行此操作的权限') });
    const dialog = useResetPassword();
    dialog.open(account);
    await expect(dialog.submit()).resolves.toBeNull();
    expect(dialog).toMatchObject({ target: account, serverError: { code: 'FORBIDDEN' } });
  });
});

import type { Role } from '@jiguan/shared-schema/auth/viewer';
import type { Refusal } from '@jiguan/shared-schema/errors';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';

const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/;

/** Why a username cannot be used, or null: 3–32 lower-case letters, digits, `.`, `_`, `-`, starting with a letter. */
export function usernameProblem(username: string): Refusal | null {
  return USERNAME_PATTERN.test(username)
    ? null
    : { code: 'BAD_USER_INPUT', reason: 'USERNAME_FORMAT', message: '用户名需为 3–32 位小写字母、数字或 . _ -，并以字母开头', params: { min: 3, max: 32 } };
}

export function rolesProblem(roles: readonly Role[]): Refusal | null {
  if (roles.length === 0) return { code: 'BAD_USER_INPUT', reason: 'ROLES_REQUIRED', message: '至少选择一个角色' };
  if (new Set(roles).size !== roles.length) return { code: 'BAD_USER_INPUT', reason: 'ROLES_REPEATED', message: '角色不能重复' };
  return null;
}

/** An admin may not lock the hub out: the last active administrator keeps the role and stays enabled. */
export function wouldRemoveLastAdmin(options: { isAdminNow: boolean; staysAdmin: boolean; otherActiveAdmins: number }): boolean {
  return options.isAdminNow && !options.staysAdmin && options.otherActiveAdmins === 0;
}

export const LAST_ADMIN: Refusal = {
  code: 'CONFLICT',
  reason: 'LAST_ADMIN',
  message: '这是最后一个有效的系统管理员账号，不能停用或移除其管理员角色',
};

/** An account is disabled and enabled again by administrators; nobody disables the account they are using. */
export const userAccountMachine = stateMachine<'ENABLED' | 'DISABLED', 'disable' | 'enable', { id: string; disabled: boolean }>({
  stateOf: (account) => (account.disabled ? 'DISABLED' : 'ENABLED'),
  transitions: {
    disable: {
      from: ['ENABLED'],
      to: 'DISABLED',
      roles: ['ADMIN'],
      refuse: (viewer, account) =>
        account.id === viewer.accountId ? { code: 'CONFLICT', reason: 'SELF_DISABLE', message: '不能停用自己正在使用的账号' } : null,
    },
    enable: { from: ['DISABLED'], to: 'ENABLED', roles: ['ADMIN'] },
  },
});

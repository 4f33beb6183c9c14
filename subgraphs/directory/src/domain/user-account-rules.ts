import type { Role } from '@jiguan/shared-schema/auth/viewer';

const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/;

/** Why a username cannot be used, or null: 3–32 lower-case letters, digits, `.`, `_`, `-`, starting with a letter. */
export function usernameProblem(username: string): string | null {
  return USERNAME_PATTERN.test(username) ? null : '用户名需为 3–32 位小写字母、数字或 . _ -，并以字母开头';
}

export function rolesProblem(roles: readonly Role[]): string | null {
  if (roles.length === 0) return '至少选择一个角色';
  if (new Set(roles).size !== roles.length) return '角色不能重复';
  return null;
}

/** An admin may not lock the hub out: the last active administrator keeps the role and stays enabled. */
export function wouldRemoveLastAdmin(options: { isAdminNow: boolean; staysAdmin: boolean; otherActiveAdmins: number }): boolean {
  return options.isAdminNow && !options.staysAdmin && options.otherActiveAdmins === 0;
}

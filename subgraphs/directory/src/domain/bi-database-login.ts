import type { Refusal } from '@jiguan/shared-schema/errors';

/** `bi_` and lower-case letters, digits or `_`, at most 40 in all: a PostgreSQL identifier that needs no quoting and cannot name a role of the hub's own. */
const LOGIN_NAME = /^bi_[a-z0-9_]{1,37}$/;

export function loginNameProblem(name: string): Refusal | null {
  return LOGIN_NAME.test(name)
    ? null
    : { code: 'BAD_USER_INPUT', reason: 'BI_LOGIN_NAME_FORMAT', message: '登录名须以 bi_ 开头，由小写字母、数字或下划线组成，最长 40 位', params: { prefix: 'bi_', max: 40 } };
}

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

/**
 * A database password is typed into a BI tool's connection dialog and kept there: 12–64 printable
 * ASCII characters (no spaces) with letters and digits. ASCII also keeps the SCRAM verifier the
 * same for every client (SASLprep changes nothing in it).
 */
export function databasePasswordProblem(password: string): Refusal | null {
  if (password.length < 12 || password.length > 64) {
    return { code: 'BAD_USER_INPUT', reason: 'PASSWORD_LENGTH', message: '密码长度需为 12–64 位', params: { min: 12, max: 64 } };
  }
  if (!PRINTABLE_ASCII.test(password)) return { code: 'BAD_USER_INPUT', reason: 'BI_PASSWORD_CHARACTERS', message: '密码只能包含英文字母、数字和英文符号（不含空格）' };
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return { code: 'BAD_USER_INPUT', reason: 'PASSWORD_WEAK', message: '密码需同时包含字母和数字' };
  return null;
}

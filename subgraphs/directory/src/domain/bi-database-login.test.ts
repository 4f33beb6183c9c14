import { describe, expect, it } from 'vitest';
import { databasePasswordProblem, loginNameProblem } from './bi-database-login.ts';

describe('a BI database login', () => {
  it('is named bi_ and lower-case letters, digits or _, at most 40 characters', () => {
    for (const good of ['bi_finance', 'bi_superset_2', `bi_${'a'.repeat(37)}`]) expect(loginNameProblem(good)).toBeNull();
    for (const bad of ['finance', 'bi_', 'BI_finance', 'bi_Finance', 'bi_fin-ance', 'bi_fin ance', 'bi_x";drop role postgres;--', `bi_${'a'.repeat(38)}`, 'jiguan_bi', 'postgres']) {
      expect(loginNameProblem(bad)?.reason).toBe('BI_LOGIN_NAME_FORMAT');
    }
  });

  it('has a password of 12–64 printable ASCII characters with letters and digits', () => {
    expect(databasePasswordProblem('Superset2026!')).toBeNull();
    expect(databasePasswordProblem('Short1')?.reason).toBe('PASSWORD_LENGTH');
    expect(databasePasswordProblem('with space 2026')?.reason).toBe('BI_PASSWORD_CHARACTERS');
    expect(databasePasswordProblem('密码密码密码密码密码密码1a')?.reason).toBe('BI_PASSWORD_CHARACTERS');
    expect(databasePasswordProblem('onlylettersxx')?.reason).toBe('PASSWORD_WEAK');
  });
});

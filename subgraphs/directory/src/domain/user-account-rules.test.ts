import { describe, expect, it } from 'vitest';
import { rolesProblem, usernameProblem, wouldRemoveLastAdmin } from './user-account-rules.ts';

describe('user account rules', () => {
  it('accepts usernames of lower-case letters, digits and . _ -', () => {
    expect(usernameProblem('zhang.san_01')).toBeNull();
    for (const bad of ['ab', 'Zhang', '1abc', 'zhang san', 'a'.repeat(33), '张三']) expect(usernameProblem(bad)).not.toBeNull();
  });
  it('needs at least one role and no repeats', () => {
    expect(rolesProblem(['ADMIN'])).toBeNull();
    expect(rolesProblem([])).not.toBeNull();
    expect(rolesProblem(['ADMIN', 'ADMIN'])).not.toBeNull();
  });
  it('keeps the last active administrator', () => {
    expect(wouldRemoveLastAdmin({ isAdminNow: true, staysAdmin: false, otherActiveAdmins: 0 })).toBe(true);
    expect(wouldRemoveLastAdmin({ isAdminNow: true, staysAdmin: false, otherActiveAdmins: 1 })).toBe(false);
    expect(wouldRemoveLastAdmin({ isAdminNow: false, staysAdmin: false, otherActiveAdmins: 0 })).toBe(false);
  });
});

import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { DirectoryActionContext } from '../context.ts';
import { hashPassword } from '../domain/password.ts';
import type { CreateUserAccountInput } from '../schema/user-account.ts';
import { accountSnapshot } from './account-snapshot.ts';
import type { UserAccountQuery } from './user-account-workflow.ts';

/** Creates an account for a person; one account a person, one person a username (the fields were checked with the input). */
export async function createUserAccount({ actor, db }: DirectoryActionContext, input: typeof CreateUserAccountInput.$inferInput, query?: UserAccountQuery) {
  const { password, ...fields } = input;
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const person = await tx.person.findUnique({ where: { id: input.personId }, include: { account: true } });
      if (!person) throw new BadUserInputError('所选人员不存在', 'input.personId', { reason: 'UNKNOWN_PERSON' });
      if (person.account) {
        throw new ConflictError(`${person.name} 已有账号（${person.account.username}）`, { reason: 'PERSON_HAS_ACCOUNT', params: { name: person.name, username: person.account.username } });
      }
      if (await tx.userAccount.findUnique({ where: { username: input.username } })) {
        throw new ConflictError(`用户名 ${input.username} 已被使用`, { reason: 'USERNAME_TAKEN', params: { username: input.username } });
      }
      const account = await tx.userAccount.create({ ...query, data: { ...fields, passwordHash } });
      await recordAudit(tx, { actor, action: 'userAccount.create', entity: 'UserAccount', entityId: account.id, before: null, after: accountSnapshot(account) });
      return account;
    });
  } catch (error) {
    // Two admins creating the same username at once: the loser hits the unique index.
    if (isUniqueViolation(error)) throw new ConflictError(`用户名 ${input.username} 或该人员的账号已存在`, { reason: 'USERNAME_TAKEN', params: { username: input.username } });
    throw error;
  }
}

import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { DataScope, Role, Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import { prisma } from '../db.ts';
import { hashPassword, passwordProblem } from '../domain/password.ts';
import { rolesProblem, usernameProblem } from '../domain/user-account-rules.ts';
import { accountSnapshot } from './account-snapshot.ts';

export interface CreateUserAccountInput {
  username: string;
  password: string;
  personId: string;
  roles: Role[];
  dataScope: DataScope;
}

/** Creates an account for a person; one account a person, one person a username. */
export async function createUserAccount(actor: Viewer, input: CreateUserAccountInput) {
  const username = input.username.trim();
  const problem =
    [['input.username', usernameProblem(username)], ['input.password', passwordProblem(input.password)], ['input.roles', rolesProblem(input.roles)]] as const;
  for (const [field, message] of problem) if (message) throw new BadUserInputError(message, field);

  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const person = await tx.person.findUnique({ where: { id: input.personId }, include: { account: true } });
      if (!person) throw new BadUserInputError('所选人员不存在', 'input.personId');
      if (person.account) throw new ConflictError(`${person.name} 已有账号（${person.account.username}）`);
      if (await tx.userAccount.findUnique({ where: { username } })) throw new ConflictError(`用户名 ${username} 已被使用`);
      const account = await tx.userAccount.create({
        data: { username, passwordHash, personId: person.id, roles: input.roles, dataScope: input.dataScope },
      });
      await recordAudit(tx, { actor, action: 'userAccount.create', entity: 'UserAccount', entityId: account.id, before: null, after: accountSnapshot(account) });
      return account;
    });
  } catch (error) {
    // Two admins creating the same username at once: the loser hits the unique index.
    if (isUniqueViolation(error)) throw new ConflictError(`用户名 ${username} 或该人员的账号已存在`);
    throw error;
  }
}

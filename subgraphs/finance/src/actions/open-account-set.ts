import type { DirectoryChecks, FinanceActionContext } from '../context.ts';
import type { OpenAccountSetInput } from '../schema/account-set.ts';
import { createAudited } from '@jiguan/shared-schema/workflow/create-audited';

/** 建账: finance staff open an account set for a unit under agency bookkeeping, kept by a bookkeeper of the directory. */
export async function openAccountSet({ actor, db }: FinanceActionContext, directory: DirectoryChecks, input: typeof OpenAccountSetInput.$inferInput, query?: object) {
  await directory.requireDirectoryPeople([input.bookkeeperPersonId], 'input.bookkeeperPersonId');
  return createAudited(db, actor, {
    action: 'accountSet.open',
    entity: 'AccountSet',
    requires: async (tx) => ({
      exists: (await tx.organization.count({ where: { id: input.organizationId, agencyBookkeepingSince: { not: null } } })) > 0,
      field: 'input.organizationId',
      reason: 'NOT_UNDER_AGENCY_BOOKKEEPING',
      what: '代理记账单位',
    }),
    create: (tx) => tx.accountSet.create({ ...query, data: input }),
    duplicate: { reason: 'ACCOUNT_SET_CODE_TAKEN', message: '账套编号已被使用' },
  });
}

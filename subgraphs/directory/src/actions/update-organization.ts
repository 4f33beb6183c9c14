import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { ConflictError, NotFoundError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { DirectoryActionContext } from '../context.ts';
import { checkOrganization, type OrganizationFields, organizationData } from './organization-checks.ts';

type OrganizationQuery = Omit<Prisma.OrganizationFindUniqueArgs, 'where'>;

/**
 * Edits a unit: its names, code, kind and parent (not itself nor one of its own units below), with
 * its audit record, in one serializable transaction (two moves at once cannot close a loop).
 */
export async function updateOrganization({ actor, db }: DirectoryActionContext, id: string, input: OrganizationFields, query?: OrganizationQuery) {
  try {
    return await db.$transaction(
      async (tx) => {
        const before = await tx.organization.findUnique({ where: { id } });
        if (!before) throw new NotFoundError('单位', id);
        await checkOrganization(tx, id, input);
        const changed = await tx.organization.update({ where: { id }, data: organizationData(input) });
        await recordAudit(tx, { actor, action: 'organization.update', entity: 'Organization', entityId: id, before: auditSnapshot(before), after: auditSnapshot(changed) });
        return tx.organization.findUniqueOrThrow({ ...query, where: { id } });
      },
      { isolationLevel: 'Serializable' },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`单位编码 ${input.code} 或名称 ${input.name} 已存在`, { reason: 'ORGANIZATION_CODE_TAKEN', params: { code: input.code } });
    throw error;
  }
}

import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { ConflictError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { DirectoryActionContext } from '../context.ts';
import { checkOrganization, type OrganizationFields, organizationData } from './organization-checks.ts';

type OrganizationQuery = Omit<Prisma.OrganizationFindUniqueArgs, 'where'>;

/** Adds a unit to the tree (at the end of its siblings), with its audit record, in one transaction. */
export async function createOrganization({ actor, db }: DirectoryActionContext, input: OrganizationFields, query?: OrganizationQuery) {
  try {
    return await db.$transaction(
      async (tx) => {
        await checkOrganization(tx, null, input);
        const last = await tx.organization.findFirst({ where: { parentId: input.parentId ?? null }, orderBy: { sortOrder: 'desc' }, select: { sortOrder: true } });
        const created = await tx.organization.create({ data: { id: `org-${randomUUID()}`, ...organizationData(input), sortOrder: (last?.sortOrder ?? 0) + 1 } });
        await recordAudit(tx, { actor, action: 'organization.create', entity: 'Organization', entityId: created.id, before: null, after: auditSnapshot(created) });
        return tx.organization.findUniqueOrThrow({ ...query, where: { id: created.id } });
      },
      { isolationLevel: 'Serializable' },
    );
  } catch (error) {
    // Two admins creating the same code or name at once: the loser hits the unique index.
    if (isUniqueViolation(error)) throw new ConflictError(`单位编码 ${input.code} 或名称 ${input.name} 已存在`, { reason: 'ORGANIZATION_CODE_TAKEN', params: { code: input.code } });
    throw error;
  }
}

import { BadUserInputError, refusalError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import { ORGANIZATION_CYCLE, wouldMakeCycle } from '../domain/organization-rules.ts';

/** The fields a unit is created or edited with (checked one by one with the input). */
export interface OrganizationFields {
  name: string;
  shortName?: string | null;
  code: string;
  kind: Prisma.OrganizationCreateInput['kind'];
  parentId?: string | null;
}

/**
 * The checks that read the tree, inside the writing transaction: the parent exists and is not the
 * unit or below it; the code and the name are nobody else's. Each refusal names its field.
 */
export async function checkOrganization(tx: Prisma.TransactionClient, id: string | null, fields: OrganizationFields): Promise<void> {
  const parentId = fields.parentId ?? null;
  if (parentId !== null) {
    if (!(await tx.organization.findUnique({ where: { id: parentId }, select: { id: true } }))) {
      throw new BadUserInputError('所选上级单位不存在', 'input.parentId', { reason: 'UNKNOWN_ORGANIZATION' });
    }
    const parentOf = async (unit: string) => (await tx.organization.findUnique({ where: { id: unit }, select: { parentId: true } }))?.parentId ?? null;
    if (id !== null && (await wouldMakeCycle(id, parentId, parentOf))) throw refusalError(ORGANIZATION_CYCLE);
  }
  const sameCode = await tx.organization.findUnique({ where: { code: fields.code }, select: { id: true } });
  if (sameCode && sameCode.id !== id) {
    throw new BadUserInputError(`单位编码 ${fields.code} 已被使用`, 'input.code', { reason: 'ORGANIZATION_CODE_TAKEN', params: { code: fields.code } });
  }
  const sameName = await tx.organization.findUnique({ where: { name: fields.name }, select: { id: true } });
  if (sameName && sameName.id !== id) {
    throw new BadUserInputError(`单位名称 ${fields.name} 已被使用`, 'input.name', { reason: 'ORGANIZATION_NAME_TAKEN', params: { name: fields.name } });
  }
}

/** The fields as written: no short name is null, no parent is the top of the tree. */
export function organizationData(fields: OrganizationFields) {
  return { name: fields.name, shortName: fields.shortName || null, code: fields.code, kind: fields.kind, parentId: fields.parentId ?? null };
}

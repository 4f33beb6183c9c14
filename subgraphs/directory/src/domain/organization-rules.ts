import type { Refusal } from '@jiguan/shared-schema/errors';

/*
 * The rules of a unit (单位) of the tree: a name, a business code of its own (SJ-JGSWGLJ), and a
 * parent that is not itself nor one of its own descendants.
 */

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
export const NAME_MAX = 100;
export const SHORT_NAME_MAX = 50;

export function organizationNameProblem(name: string): Refusal | null {
  if (name.length === 0) return { code: 'BAD_USER_INPUT', reason: 'ORGANIZATION_NAME_REQUIRED', message: '请填写单位名称' };
  if (name.length > NAME_MAX) return { code: 'BAD_USER_INPUT', reason: 'ORGANIZATION_NAME_LENGTH', message: `单位名称最长 ${NAME_MAX} 字`, params: { max: NAME_MAX } };
  return null;
}

export function organizationShortNameProblem(shortName: string): Refusal | null {
  if (shortName && shortName.length > SHORT_NAME_MAX) {
    return { code: 'BAD_USER_INPUT', reason: 'ORGANIZATION_SHORT_NAME_LENGTH', message: `简称最长 ${SHORT_NAME_MAX} 字`, params: { max: SHORT_NAME_MAX } };
  }
  return null;
}

/** A code is 2–40 upper-case letters, digits or `-`, starting with a letter or digit (e.g. SJ-JGSWGLJ). */
export function organizationCodeProblem(code: string): Refusal | null {
  return CODE_PATTERN.test(code)
    ? null
    : { code: 'BAD_USER_INPUT', reason: 'ORGANIZATION_CODE_FORMAT', message: '单位编码需为 2–40 位大写字母、数字或短横线', params: { min: 2, max: 40 } };
}

/**
 * Whether giving unit `id` the parent `parentId` would close a loop: the parent is the unit itself
 * or below it. `parentOf` answers each unit's current parent (null at the top of the tree).
 */
export async function wouldMakeCycle(id: string, parentId: string | null, parentOf: (id: string) => Promise<string | null>): Promise<boolean> {
  const seen = new Set<string>();
  for (let current = parentId; current !== null; current = await parentOf(current)) {
    if (current === id) return true;
    // A loop already in the data (it should not be) ends the walk rather than spinning.
    if (seen.has(current)) return true;
    seen.add(current);
  }
  return false;
}

export const ORGANIZATION_CYCLE: Refusal = {
  code: 'BAD_USER_INPUT',
  field: 'input.parentId',
  reason: 'ORGANIZATION_CYCLE',
  message: '上级单位不能是本单位或其下级单位',
};

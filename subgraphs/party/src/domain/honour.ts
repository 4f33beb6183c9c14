import type { Refusal } from '@jiguan/shared-schema/errors';
import type { HonourKind } from '../../prisma/generated/enums.ts';

/** An individual honour names its person; an organisation's names none. */
export function honourProblem(input: { kind: HonourKind; personId?: string | null }): Refusal | null {
  if (input.kind === 'INDIVIDUAL' && !input.personId) return { code: 'BAD_USER_INPUT', reason: 'PERSON_REQUIRED', message: '个人荣誉须选择获奖人', field: 'personId' };
  if (input.kind === 'ORGANISATION' && input.personId) return { code: 'BAD_USER_INPUT', reason: 'NO_PERSON_FOR_ORGANISATION', message: '集体荣誉不选择个人', field: 'personId' };
  return null;
}

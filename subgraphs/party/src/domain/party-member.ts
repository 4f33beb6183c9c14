import type { Refusal } from '@jiguan/shared-schema/errors';
import type { MemberStatus } from '../../prisma/generated/enums.ts';

/** A membership transferred in: a full member says since when (转正时间), not before joining; it comes in as probationary or full. */
export function membershipDatesProblem(input: { status: MemberStatus; joinedOn: Date; fullOn?: Date | null }): Refusal | null {
  if (input.status !== 'PROBATIONARY' && input.status !== 'FULL') {
    return { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', message: '转入的党员须为预备党员或正式党员', field: 'status' };
  }
  if (input.status === 'FULL' && !input.fullOn) return { code: 'BAD_USER_INPUT', reason: 'FULL_ON_REQUIRED', message: '正式党员须填写转正时间', field: 'fullOn' };
  if (input.fullOn && input.fullOn < input.joinedOn) return { code: 'BAD_USER_INPUT', reason: 'FULL_BEFORE_JOINING', message: '转正时间不能早于入党时间', field: 'fullOn' };
  return null;
}

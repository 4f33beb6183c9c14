import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import type { PartyActionContext, PartyContext } from '../context.ts';
import type { SignResponsibilityLetterInput } from '../schema/responsibility-letter.ts';
import type { ResponsibilityLetterQuery } from './create-responsibility-letter.ts';

/** A person signed a letter (once). */
export async function signResponsibilityLetter(
  { actor, db }: PartyActionContext,
  directory: Pick<PartyContext, 'requireDirectoryPeople'>,
  input: typeof SignResponsibilityLetterInput.$inferInput,
  query?: ResponsibilityLetterQuery,
) {
  if (input.signedOn > businessDate()) throw new BadUserInputError('日期不能晚于今天', 'input.signedOn', { reason: 'DATE_IN_FUTURE' });
  await directory.requireDirectoryPeople([input.personId], 'input.personId');
  try {
    return await db.$transaction(async (tx) => {
      const letter = await tx.responsibilityLetter.findUnique({ where: { id: input.letterId }, select: { id: true } });
      if (!letter) throw new BadUserInputError('所选责任书不存在', 'input.letterId', { reason: 'UNKNOWN_LETTER' });
      const signature = await tx.letterSignature.create({ data: input });
      await recordAudit(tx, { actor, action: 'responsibilityLetter.sign', entity: 'ResponsibilityLetter', entityId: letter.id, before: null, after: auditSnapshot(signature) });
      return tx.responsibilityLetter.findUniqueOrThrow({ ...query, where: { id: letter.id } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('此人已签署', { reason: 'ALREADY_SIGNED' });
    throw error;
  }
}

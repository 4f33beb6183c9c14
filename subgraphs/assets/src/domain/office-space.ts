import type { Refusal } from '@jiguan/shared-schema/errors';
import { Prisma } from '../../prisma/generated/client.ts';

export interface UnitSpaceFigures {
  /** m² of office rooms the unit holds */
  officeArea: Prisma.Decimal;
  /** 编制数 over all ranks */
  approvedHeadcount: number;
  /** m² the standard allows: Σ headcount × area per person, rank by rank */
  allowedArea: Prisma.Decimal;
}

/**
 * A unit's office area per approved post, and whether it holds more than the standard allows
 * (超标). A unit without approved posts has no per-person figure, and is over the standard as soon
 * as it holds any office room.
 */
export function officeSpaceUsage(figures: UnitSpaceFigures): { areaPerPerson: Prisma.Decimal | null; overStandard: boolean } {
  return {
    areaPerPerson:
      figures.approvedHeadcount > 0 ? figures.officeArea.div(figures.approvedHeadcount).toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP) : null,
    overStandard: figures.officeArea.greaterThan(figures.allowedArea),
  };
}

/** A unit's staffing names each rank at most once. */
export function staffingProblem(staffing: readonly { rank: string }[]): Refusal | null {
  const ranks = staffing.map((row) => row.rank);
  return new Set(ranks).size === ranks.length ? null : { code: 'BAD_USER_INPUT', reason: 'RANK_REPEATED', message: '每个职级只能填写一次' };
}

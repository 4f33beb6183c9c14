import type { Refusal } from '@jiguan/shared-schema/errors';

interface InspectionInput {
  inspectedOn: Date;
  problems: readonly { rectificationItems: readonly { dueOn: Date }[] }[];
}

/** Every problem an inspection records gets at least one rectification item, due on or after the inspection. */
export function inspectionProblem(input: InspectionInput): Refusal | null {
  for (const [p, problem] of input.problems.entries()) {
    if (problem.rectificationItems.length === 0) {
      return { code: 'BAD_USER_INPUT', reason: 'RECTIFICATION_REQUIRED', field: `problems.${p}.rectificationItems`, message: '每个问题至少提出一条整改意见' };
    }
    for (const [i, item] of problem.rectificationItems.entries()) {
      if (item.dueOn < input.inspectedOn) {
        return { code: 'BAD_USER_INPUT', reason: 'DUE_BEFORE_INSPECTION', field: `problems.${p}.rectificationItems.${i}.dueOn`, message: '整改期限不能早于巡检日期' };
      }
    }
  }
  return null;
}

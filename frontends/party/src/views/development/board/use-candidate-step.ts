import { i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import { decimalText } from '../../../composables/form-values';
import type { CandidateAction, DevelopmentStage } from '../../../generated/graphql';
import { applyForMembershipMutation, candidateSteps } from './candidate-mutations';
import type { CandidateCard } from './candidates-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface CandidateStepTarget {
  candidate: CandidateCard;
  action: CandidateAction;
}

export interface CandidateStepForm {
  decidedOn: string;
  decision: string;
  /** ADMIT: the two introducers, full members. */
  introducerPersonIds: string[];
  /** ADMIT: the new member's declared monthly income (the dues are computed from it). */
  monthlyIncome: string;
  /** EXTEND_PROBATION: the new end of probation. */
  until: string;
}

/** The fields a step asks for besides its date and decision. */
export function stepFields(action: CandidateAction): Array<'introducerPersonIds' | 'monthlyIncome' | 'until'> {
  if (action === 'ADMIT') return ['introducerPersonIds', 'monthlyIncome'];
  if (action === 'EXTEND_PROBATION') return ['until'];
  return [];
}

/** Sends a step: the date and trimmed decision, and only the step's own fields. */
export function sendStep(candidate: Pick<CandidateCard, 'id'>, action: CandidateAction, form: CandidateStepForm) {
  const input = { id: candidate.id, decidedOn: form.decidedOn, decision: form.decision.trim() };
  if (action === 'ADMIT') {
    return candidateSteps.ADMIT({ ...input, introducerPersonIds: [...form.introducerPersonIds], monthlyIncome: decimalText(form.monthlyIncome) ?? form.monthlyIncome });
  }
  if (action === 'EXTEND_PROBATION') return candidateSteps.EXTEND_PROBATION({ ...input, until: form.until });
  return candidateSteps[action](input);
}

/**
 * Takes one step of a candidate with its date and the branch's decision (and, to admit, the two
 * introducers and the income; to extend probation, its new end). A refusal stays in the dialog:
 * on the field it names (a date before the previous step), else above the form (a year as
 * activist not over, probation not over). `onChanged` gets the stages whose columns to reload.
 */
export function useCandidateStep(onChanged: (stages: readonly DevelopmentStage[] | 'all') => void) {
  return useTransitionDialog({
    emptyForm: (): CandidateStepForm => ({ decidedOn: todayIso(), decision: '', introducerPersonIds: [], monthlyIncome: '', until: '' }),
    comment: () => ({ prop: 'decision', label: t('party.development.field.decision'), required: true, requiredMessage: t('party.rule.decisionRequired') }),
    send: async ({ candidate, action }: CandidateStepTarget, form) => (await sendStep(candidate, action, form)).stepped,
    doneText: ({ candidate, action }) => t(`party.development.done.${action}`, { name: candidate.person.name }),
    onChanged: ({ candidate }, stepped) => onChanged(stepped ? [...new Set([candidate.stage, stepped.stage])] : 'all'),
  });
}

export interface ApplyForm {
  personId: string | undefined;
  branchId: string | undefined;
  appliedOn: string;
}

/** 递交入党申请书: a person of the directory applies to a branch. */
export function useApplyForMembership(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: ({ branchId }: { branchId?: string }): ApplyForm => ({ personId: undefined, branchId, appliedOn: todayIso() }),
    send: async (_target, form) => {
      const input = { personId: form.personId ?? '', branchId: form.branchId ?? '', appliedOn: form.appliedOn };
      return (await requestGraphQL(applyForMembershipMutation, { input })).applyForMembership;
    },
    doneText: (_target, candidate) => t('party.development.done.applied', { name: candidate.person.name }),
    onChanged,
  });
}

import { GraphQLRequestError, i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import type { ProblemCategory, RecordInspectionInput } from '../../../generated/graphql';
import { recordInspectionMutation } from './record-inspection-mutation';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface RectificationItemForm {
  suggestion: string;
  owner: string;
  dueOn: string;
}

export interface ProblemForm {
  buildingId: string | undefined;
  category: ProblemCategory | undefined;
  description: string;
  rectificationItems: RectificationItemForm[];
}

/** The inspection's form; its top-level keys are the input's, so a refusal of one lands on it. */
export interface InspectionForm {
  organizationId: string | undefined;
  inspectedOn: string;
  inspectors: string;
  /** May stay empty: nothing was found. */
  problems: ProblemForm[];
}

export const emptyRectificationItem = (): RectificationItemForm => ({ suggestion: '', owner: '', dueOn: '' });
export const emptyProblem = (): ProblemForm => ({ buildingId: undefined, category: undefined, description: '', rectificationItems: [emptyRectificationItem()] });
export const emptyInspectionForm = (): InspectionForm => ({ organizationId: undefined, inspectedOn: todayIso(), inspectors: '', problems: [] });

export function inspectionInput(form: InspectionForm): RecordInspectionInput {
  return {
    organizationId: form.organizationId ?? '',
    inspectedOn: form.inspectedOn,
    inspectors: form.inspectors.trim(),
    problems: form.problems.map((problem) => ({
      buildingId: problem.buildingId || undefined,
      category: problem.category ?? 'OTHER',
      description: problem.description.trim(),
      rectificationItems: problem.rectificationItems.map((item) => ({ suggestion: item.suggestion.trim(), owner: item.owner.trim(), dueOn: item.dueOn })),
    })),
  };
}

/**
 * The server names a field inside a problem by its path (`problems.0.rectificationItems.0.dueOn`),
 * which reaches the page as its last segment: a due date before the inspection is shown on the
 * inspection's date, any other refusal inside a problem on the problems.
 */
export function onInspectionField(error: GraphQLRequestError): GraphQLRequestError {
  if (!error.field || ['organizationId', 'inspectedOn', 'inspectors', 'problems'].includes(error.field)) return error;
  const field = error.reason === 'DUE_BEFORE_INSPECTION' ? 'inspectedOn' : 'problems';
  return new GraphQLRequestError(error.code, error.message, { field, reason: error.reason, params: error.params });
}

/** 登记巡检: an inspection with the problems found and their rectification items, in one go; `onChanged` reloads the list. */
export function useRecordInspection(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: emptyInspectionForm,
    send: async (_target: object, form: InspectionForm) => {
      try {
        return (await requestGraphQL(recordInspectionMutation, { input: inspectionInput(form) })).recordInspection;
      } catch (error) {
        throw error instanceof GraphQLRequestError ? onInspectionField(error) : error;
      }
    },
    doneText: (_target, inspection) =>
      t('assets.operationForms.inspection.done', { unit: inspection.organization.name, date: inspection.inspectedOn, count: inspection.problems.totalCount }),
    onChanged,
  });
}

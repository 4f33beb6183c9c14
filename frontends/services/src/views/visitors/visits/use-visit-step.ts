import { i18n, useTransitionDialog } from '@jiguan/kit';
import type { VisitAction } from '../../../generated/graphql';
import { visitSteps } from './visit-step-mutations';
import type { VisitRow } from './visits-query';

export interface VisitStep {
  visit: VisitRow;
  action: VisitAction;
}

/** Takes one of a visit's allowed steps after a look at who it is; `onChanged` reloads the list (also after a CONFLICT). */
export function useVisitStep(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_step: VisitStep) => ({}),
    send: async ({ visit, action }) => (await visitSteps[action](visit.id)).stepped,
    doneText: ({ visit, action }) => i18n.global.t(`services.visitors.step.done.${action}`, { name: visit.visitorName ?? '' }),
    onChanged,
  });
}

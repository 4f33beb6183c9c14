import { GraphQLRequestError, i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import { assessedQuarters, type ScoreLine, standardCriteria } from './assessment-scores';
import { recordProviderAssessmentMutation } from './provider-mutations';
import type { ProviderRow } from './providers-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface AssessmentForm {
  year: number;
  quarter: number;
  scores: ScoreLine[];
}

/** The quarter after the provider's latest assessed one, or the current quarter for a first assessment. */
export function nextQuarter(provider: Pick<ProviderRow, 'assessments'>, today: string = todayIso()): { year: number; quarter: number } {
  const latest = assessedQuarters(provider.assessments.edges)[0];
  if (!latest) return { year: Number(today.slice(0, 4)), quarter: Math.ceil(Number(today.slice(5, 7)) / 3) };
  return latest.quarter === 4 ? { year: latest.year + 1, quarter: 1 } : { year: latest.year, quarter: latest.quarter + 1 };
}

/** The lines to fill in: the criteria of the provider's latest quarter (scores empty), else the bureau's standard ones. */
export function emptyScores(provider: Pick<ProviderRow, 'assessments'>): ScoreLine[] {
  const latest = assessedQuarters(provider.assessments.edges)[0];
  return (latest?.lines ?? standardCriteria).map((line) => ({ criterion: line.criterion, score: 0, maxScore: line.maxScore }));
}

/** The mutation's input: every line, its criterion trimmed. */
export const assessmentInput = (provider: Pick<ProviderRow, 'id'>, form: AssessmentForm) => ({
  providerId: provider.id,
  year: form.year,
  quarter: form.quarter,
  scores: form.scores.map((line) => ({ criterion: line.criterion.trim(), score: line.score, maxScore: line.maxScore })),
});

/*
 * The form field a refusal belongs on. The server names a line's column (`input.scores.2.score`),
 * of which the client keeps only the last segment: the lines' refusals go on the lines (the dialog
 * finds the line by its reason), a quarter already assessed on the quarter.
 */
const refusalField: Record<string, keyof AssessmentForm> = { SCORE_OVER_MAX: 'scores', DUPLICATE_CRITERION: 'scores', MAXIMA_NOT_100: 'scores', QUARTER_ALREADY_ASSESSED: 'quarter' };

/** 履约考核: a quarter's scores, one line a criterion, the maxima adding up to 100; a quarter is assessed once. */
export function useRecordAssessment(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (provider: ProviderRow): AssessmentForm => ({ ...nextQuarter(provider), scores: emptyScores(provider) }),
    send: async (provider, form) => {
      try {
        return (await requestGraphQL(recordProviderAssessmentMutation, { input: assessmentInput(provider, form) })).recordProviderAssessment;
      } catch (error) {
        const field = error instanceof GraphQLRequestError && error.reason ? refusalField[error.reason] : undefined;
        if (!field || !(error instanceof GraphQLRequestError)) throw error;
        throw new GraphQLRequestError(error.code, error.message, { field, reason: error.reason, params: error.params });
      }
    },
    doneText: (provider, _rows) => t('services.providers.done.assessed', { name: provider.name }),
    onChanged,
  });
}

import { i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import type { AddArchiveDocumentInput, ArchiveDocumentKind, RecordSurveyInput, SurveyKind } from '../../../generated/graphql';
import { decimalInput } from '../property-form-rules';
import { addArchiveDocumentMutation, recordSurveyMutation } from './property-detail-mutations';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface SurveyForm {
  kind: SurveyKind | undefined;
  surveyedOn: string;
  area: string;
  surveyor: string;
}

export const surveyInput = (buildingId: string, form: SurveyForm): RecordSurveyInput => ({
  buildingId,
  kind: form.kind as SurveyKind,
  surveyedOn: form.surveyedOn,
  area: decimalInput(form.area),
  surveyor: form.surveyor.trim(),
});

/** Records a survey of the property (踏勘, 两测一评 for one without a matching certificate, 土地修测). */
export function useRecordSurvey(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_target: { buildingId: string }): SurveyForm => ({ kind: undefined, surveyedOn: todayIso(), area: '', surveyor: '' }),
    send: async (target, form) => (await requestGraphQL(recordSurveyMutation, { input: surveyInput(target.buildingId, form) })).recordSurvey,
    doneText: (_target, survey) => t('assets.propertyForms.done.survey', { kind: t(`assets.enum.SurveyKind.${survey.kind}`), day: survey.surveyedOn }),
    onChanged: () => onChanged(),
  });
}

export interface ArchiveDocumentForm {
  name: string;
  kind: ArchiveDocumentKind | undefined;
  documentDate: string;
}

export const archiveDocumentInput = (buildingId: string, form: ArchiveDocumentForm): AddArchiveDocumentInput => ({
  buildingId,
  name: form.name.trim(),
  kind: form.kind as ArchiveDocumentKind,
  documentDate: form.documentDate,
});

/** Files a paper in the property's archive (产权证, 测绘报告, 合同 …). */
export function useAddArchiveDocument(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_target: { buildingId: string }): ArchiveDocumentForm => ({ name: '', kind: undefined, documentDate: todayIso() }),
    send: async (target, form) => (await requestGraphQL(addArchiveDocumentMutation, { input: archiveDocumentInput(target.buildingId, form) })).addArchiveDocument,
    doneText: (_target, document) => t('assets.propertyForms.done.document', { name: document.name }),
    onChanged: () => onChanged(),
  });
}

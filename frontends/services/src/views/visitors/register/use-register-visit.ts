import { i18n, minuteOfClock, requestGraphQL, shanghaiDateTime, shanghaiInstant, todayIso, useTransitionDialog } from '@jiguan/kit';
import type { RegisterVisitInput } from '../../../generated/graphql';
import { registerVisitMutation } from './register-visit-mutation';

/** The form's keys are the input's, so a refusal lands on its field; `expectedAt` is the time (HH:mm) of `expectedOn`. */
export interface VisitForm {
  visitorName: string;
  visitorOrganization: string;
  phone: string;
  idNumber: string;
  carPlate: string;
  expectedOn: string;
  expectedAt: string;
  purpose: string;
  /** The host's unit: services staff name it, a unit user registers for its own. */
  organizationId: string | undefined;
}

export const emptyVisit = (today: string = todayIso()): VisitForm => ({
  visitorName: '',
  visitorOrganization: '',
  phone: '',
  idNumber: '',
  carPlate: '',
  expectedOn: today,
  expectedAt: '09:00',
  purpose: '',
  organizationId: undefined,
});

const optional = (value: string | undefined) => value?.trim() || undefined;

/** The mutation's input: trimmed texts, the ID's check letter and the plate upper case, the local time as an instant. */
export function visitInput(form: VisitForm): RegisterVisitInput {
  return {
    organizationId: optional(form.organizationId),
    visitorName: form.visitorName.trim(),
    visitorOrganization: optional(form.visitorOrganization),
    phone: form.phone.trim(),
    idNumber: form.idNumber.trim().toUpperCase(),
    carPlate: optional(form.carPlate)?.toUpperCase(),
    expectedAt: shanghaiInstant(form.expectedOn, minuteOfClock(form.expectedAt) ?? 0),
    purpose: form.purpose.trim(),
  };
}

/** 访客预约: a host registers a visitor ahead; `onChanged` reloads the list. */
export function useRegisterVisit(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_target: object) => emptyVisit(),
    send: async (_target, form) => (await requestGraphQL(registerVisitMutation, { input: visitInput(form) })).registerVisit,
    doneText: (_target, visit) => i18n.global.t('services.visitors.register.done', { name: visit.visitorName ?? '', time: shanghaiDateTime(visit.expectedAt) }),
    onChanged,
  });
}

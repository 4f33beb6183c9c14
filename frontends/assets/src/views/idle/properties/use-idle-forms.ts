import { i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import type { CreateLeaseInput, CreateRentedSpaceInput, CreateRevitalisationPlanInput, LeaseKind, PlanType, RecordHandoverInput } from '../../../generated/graphql';
import { decimalInput } from '../../properties/property-form-rules';
import {
  createLeaseMutation,
  createRentedSpaceMutation,
  createRevitalisationPlanMutation,
  endLeaseMutation,
  giveUpRentedSpaceMutation,
  recordHandoverMutation,
} from './idle-mutations';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** The idle property a dialog is about, with its latest plan when it has one still to carry out. */
export interface IdleTarget {
  buildingId: string;
  buildingName: string;
  openPlan?: { id: string; planType: PlanType } | null;
}

export interface PlanForm {
  surveyedOn: string;
  planType: PlanType | undefined;
  expectedYearlyIncome: string;
  description: string;
}

export const planInput = (buildingId: string, form: PlanForm): CreateRevitalisationPlanInput => ({
  buildingId,
  surveyedOn: form.surveyedOn,
  planType: form.planType as PlanType,
  expectedYearlyIncome: decimalInput(form.expectedYearlyIncome),
  description: form.description.trim(),
});

/** Records the 一房一策 plan for an idle property, after the site survey (实地排摸). */
export function useCreatePlan(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_target: IdleTarget): PlanForm => ({ surveyedOn: todayIso(), planType: undefined, expectedYearlyIncome: '', description: '' }),
    send: async (target, form) => (await requestGraphQL(createRevitalisationPlanMutation, { input: planInput(target.buildingId, form) })).createRevitalisationPlan,
    doneText: (_target, plan) => t('assets.propertyForms.done.plan', { name: plan.building.name, type: t(`assets.enum.PlanType.${plan.planType}`) }),
    onChanged: () => onChanged(),
  });
}

export interface HandoverForm {
  /** The plan it carries out; empty for none. */
  planId: string | undefined;
  recipientId: string | undefined;
  handedOverOn: string;
  yearlyRent: string;
}

export const handoverInput = (buildingId: string, form: HandoverForm): RecordHandoverInput => ({
  buildingId,
  ...(form.planId ? { planId: form.planId } : {}),
  recipientId: form.recipientId ?? '',
  handedOverOn: form.handedOverOn,
  yearlyRent: decimalInput(form.yearlyRent),
});

/** Hands an idle property over to be let (移交, e.g. to 商发集团), carrying out its open plan by default. */
export function useRecordHandover(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (target: IdleTarget): HandoverForm => ({ planId: target.openPlan?.id, recipientId: undefined, handedOverOn: todayIso(), yearlyRent: '' }),
    send: async (target, form) => (await requestGraphQL(recordHandoverMutation, { input: handoverInput(target.buildingId, form) })).recordHandover,
    doneText: (_target, handover) => t('assets.propertyForms.done.handover', { name: handover.building.name, recipient: handover.recipient.name }),
    onChanged: () => onChanged(),
  });
}

export interface LeaseForm {
  kind: LeaseKind;
  counterparty: string;
  startsOn: string;
  endsOn: string;
  /** 0 for a loan. */
  yearlyRent: string;
}

export const leaseInput = (buildingId: string, form: LeaseForm): CreateLeaseInput => ({
  buildingId,
  kind: form.kind,
  counterparty: form.counterparty.trim(),
  startsOn: form.startsOn,
  endsOn: form.endsOn,
  yearlyRent: form.kind === 'LOAN' && !form.yearlyRent.trim() ? '0' : decimalInput(form.yearlyRent),
});

/** Lets (出租) or lends (出借) a property for a term. */
export function useCreateLease(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_target: IdleTarget): LeaseForm => ({ kind: 'LEASE', counterparty: '', startsOn: todayIso(), endsOn: '', yearlyRent: '' }),
    send: async (target, form) => (await requestGraphQL(createLeaseMutation, { input: leaseInput(target.buildingId, form) })).createLease,
    doneText: (_target, lease) => t('assets.propertyForms.done.lease', { name: lease.building.name, counterparty: lease.counterparty }),
    onChanged: () => onChanged(),
  });
}

export interface EndTarget {
  id: string;
  /** What the summary names: the property and the counterparty, or the unit and the address. */
  title: string;
  startsOn: string;
}

/** Ends a lease or loan early (提前终止), on a day within its term. */
export function useEndLease(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_target: EndTarget) => ({ endedOn: todayIso() }),
    send: async (target, form) => (await requestGraphQL(endLeaseMutation, { id: target.id, endedOn: form.endedOn })).endLease,
    doneText: (_target, lease) => t('assets.propertyForms.done.leaseEnded', { name: lease.building.name, counterparty: lease.counterparty, day: lease.endedOn }),
    onChanged: () => onChanged(),
  });
}

export interface RentedSpaceForm {
  organizationId: string | undefined;
  address: string;
  landlord: string;
  area: string;
  yearlyRent: string;
  startsOn: string;
}

export const rentedSpaceInput = (form: RentedSpaceForm): CreateRentedSpaceInput => ({
  organizationId: form.organizationId ?? '',
  address: form.address.trim(),
  landlord: form.landlord.trim(),
  area: decimalInput(form.area),
  yearlyRent: decimalInput(form.yearlyRent),
  startsOn: form.startsOn,
});

/** Records space rented in to house a unit (租用). */
export function useCreateRentedSpace(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_target: object): RentedSpaceForm => ({ organizationId: undefined, address: '', landlord: '', area: '', yearlyRent: '', startsOn: todayIso() }),
    send: async (_target, form) => (await requestGraphQL(createRentedSpaceMutation, { input: rentedSpaceInput(form) })).createRentedSpace,
    doneText: (_target, space) => t('assets.propertyForms.done.rentedSpace', { unit: space.organization.name, address: space.address }),
    onChanged: () => onChanged(),
  });
}

/** Gives rented-in space up (退租), not before it was rented. */
export function useGiveUpRentedSpace(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_target: EndTarget) => ({ givenUpOn: todayIso() }),
    send: async (target, form) => (await requestGraphQL(giveUpRentedSpaceMutation, { id: target.id, givenUpOn: form.givenUpOn })).giveUpRentedSpace,
    doneText: (_target, space) => t('assets.propertyForms.done.givenUp', { unit: space.organization.name, address: space.address, day: space.givenUpOn }),
    onChanged: () => onChanged(),
  });
}

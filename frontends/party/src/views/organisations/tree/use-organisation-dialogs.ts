import { addYears, i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import { optionalText, optionalValue } from '../../../composables/form-values';
import type { CommitteePosition, PartyOrganizationKind } from '../../../generated/graphql';
import { createPartyOrganizationMutation, recordReElectionMutation, setCommitteeMemberMutation } from './organisation-mutations';
import type { PartyOrganizationRow } from './party-organizations-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface CreateOrganisationForm {
  kind: PartyOrganizationKind;
  name: string;
  parentId: string;
  organizationId: string | undefined;
  isJointBranch: boolean;
  foundedOn: string;
  secretaryPersonId: string | undefined;
  termStartOn: string;
  termEndOn: string;
}

/** A new organisation (a branch under the 总支 by default), its first term three years from today. */
export function useCreateOrganisation(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: ({ parentId }: { parentId: string }): CreateOrganisationForm => {
      const today = todayIso();
      return { kind: 'BRANCH', name: '', parentId, organizationId: undefined, isJointBranch: false, foundedOn: today, secretaryPersonId: undefined, termStartOn: today, termEndOn: addYears(today, 3) };
    },
    send: async (_target, form) => {
      const input = {
        kind: form.kind,
        name: form.name.trim(),
        parentId: optionalValue(form.parentId),
        organizationId: form.organizationId ?? '',
        isJointBranch: form.isJointBranch,
        foundedOn: form.foundedOn,
        secretaryPersonId: optionalValue(form.secretaryPersonId),
        termStartOn: form.termStartOn,
        termEndOn: form.termEndOn,
      };
      return (await requestGraphQL(createPartyOrganizationMutation, { input })).createPartyOrganization;
    },
    doneText: (_target, created) => t('party.organisations.done.created', { name: created.name }),
    onChanged,
  });
}

export interface CommitteeMemberTarget {
  organisation: PartyOrganizationRow;
  /** The member whose position changes, or none for a new member. */
  member?: PartyOrganizationRow['committee'][number];
}

/** Puts a person on the committee, or gives a member another position. */
export function useSetCommitteeMember(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: ({ member }: CommitteeMemberTarget): { personId: string | undefined; position: CommitteePosition } => ({
      personId: member?.person.id,
      position: member?.position ?? 'MEMBER',
    }),
    send: async ({ organisation }, form) => {
      const input = { partyOrganizationId: organisation.id, personId: form.personId ?? '', position: form.position };
      return (await requestGraphQL(setCommitteeMemberMutation, { input })).setCommitteeMember;
    },
    doneText: ({ organisation }) => t('party.organisations.done.committeeSet', { name: organisation.name }),
    onChanged,
  });
}

export interface ReElectionForm {
  heldOn: string;
  termStartOn: string;
  termEndOn: string;
  secretaryPersonId: string | undefined;
  result: string;
}

/** 换届: the election's date, the new term (as long as the last one, from the election) and secretary, and the result as minuted. */
export function useRecordReElection(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (organisation: PartyOrganizationRow): ReElectionForm => {
      const today = todayIso();
      const years = Math.max(1, Number(organisation.termEndOn.slice(0, 4)) - Number(organisation.termStartOn.slice(0, 4)));
      return { heldOn: today, termStartOn: today, termEndOn: addYears(today, years), secretaryPersonId: organisation.secretary?.id, result: '' };
    },
    comment: () => ({ prop: 'result', label: t('party.organisations.field.result'), required: true, requiredMessage: t('party.rule.resultRequired') }),
    send: async (organisation, form) => {
      const input = {
        partyOrganizationId: organisation.id,
        heldOn: form.heldOn,
        termStartOn: form.termStartOn,
        termEndOn: form.termEndOn,
        secretaryPersonId: form.secretaryPersonId ?? '',
        result: optionalText(form.result) ?? '',
      };
      return (await requestGraphQL(recordReElectionMutation, { input })).recordReElection;
    },
    doneText: (organisation, renewed) => t('party.organisations.done.reElected', { name: organisation.name, end: renewed.termEndOn }),
    onChanged,
  });
}

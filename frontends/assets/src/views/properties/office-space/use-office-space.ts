import { GraphQLRequestError, i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import { ref, shallowRef, watch } from 'vue';
import { Rank, type AssetsOfficeSpaceStandardsQuery, type AssetsUnitStaffingQuery, type StaffingInput } from '../../../generated/graphql';
import { decimalInput } from '../property-form-rules';
import { officeSpaceStandardsQuery, setOfficeSpaceStandardMutation, setStaffingMutation, unitStaffingQuery } from './office-space-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export type StandardRow = AssetsOfficeSpaceStandardsQuery['officeSpaceStandards']['edges'][number]['node'];
export type UnitStaffing = NonNullable<AssetsUnitStaffingQuery['organization']>;

/** The standard's rows, from the most senior rank. */
export function useOfficeSpaceStandards() {
  const rows = shallowRef<StandardRow[]>([]);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  async function reload(): Promise<void> {
    loading.value = true;
    try {
      rows.value = (await requestGraphQL(officeSpaceStandardsQuery)).officeSpaceStandards.edges.map((edge) => edge.node);
      error.value = null;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      error.value = cause;
    } finally {
      loading.value = false;
    }
  }
  void reload();
  return { rows, loading, error, reload };
}

/** The picked unit's staffing and space usage; null before a unit is picked. */
export function useUnitStaffing(unitId: () => string | undefined) {
  const unit = shallowRef<UnitStaffing | null>(null);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  async function reload(): Promise<void> {
    const id = unitId();
    if (!id) {
      unit.value = null;
      return;
    }
    loading.value = true;
    try {
      unit.value = (await requestGraphQL(unitStaffingQuery, { id })).organization;
      error.value = null;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      error.value = cause;
    } finally {
      loading.value = false;
    }
  }
  watch(unitId, () => void reload(), { immediate: true });
  return { unit, loading, error, reload };
}

/** Sets the area per person allowed at a rank. */
export function useSetStandard(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (target: StandardRow) => ({ areaPerPerson: target.areaPerPerson }),
    send: async (target, form) => (await requestGraphQL(setOfficeSpaceStandardMutation, { rank: target.rank, areaPerPerson: decimalInput(form.areaPerPerson) })).setOfficeSpaceStandard,
    doneText: (_target, standard) => t('assets.propertyForms.done.standard', { rank: t(`assets.propertyForms.enum.Rank.${standard.rank}`), area: standard.areaPerPerson }),
    onChanged: () => onChanged(),
  });
}

export interface StaffingForm {
  /** Approved posts by rank; a rank left empty is not sent (and stays as it is). */
  staffing: Record<Rank, number | null | undefined>;
}

/** The form's values → setStaffing's list: the ranks filled in, in the schema's order. */
export const staffingInput = (form: StaffingForm): StaffingInput[] =>
  Object.values(Rank).flatMap((rank) => (form.staffing[rank] == null ? [] : [{ rank, approvedHeadcount: form.staffing[rank] }]));

/** Sets a unit's approved posts (编制数) by rank. */
export function useSetStaffing(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (target: { organizationId: string; name: string; staffing: readonly { rank: Rank; approvedHeadcount: number }[] }): StaffingForm => ({
      staffing: Object.fromEntries(Object.values(Rank).map((rank) => [rank, target.staffing.find((row) => row.rank === rank)?.approvedHeadcount ?? null])) as StaffingForm['staffing'],
    }),
    send: async (target, form) => (await requestGraphQL(setStaffingMutation, { organizationId: target.organizationId, staffing: staffingInput(form) })).setStaffing,
    doneText: (_target, unit) => t('assets.propertyForms.done.staffing', { unit: unit.name }),
    onChanged: () => onChanged(),
  });
}

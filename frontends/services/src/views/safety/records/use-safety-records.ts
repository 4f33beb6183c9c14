import { i18n, requestGraphQL, useConnectionTable, useTransitionDialog, yearRange } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { SecurityActivityKind, VehicleEventKind } from '../../../generated/graphql';
import { optionalText, optionalValue } from '../../repairs/common/form-values';
import { recordSecurityActivityMutation, recordVehicleEventMutation } from './safety-mutations';
import { securityActivitiesQuery, vehicleRecordEventsQuery } from './safety-queries';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface SafetyFilters<TKind> {
  kind?: TKind;
  /** The calendar year, as the filter's `from`/`to`; none for every year. */
  year?: number;
}

/** A tab's filters as the query's: a cleared kind as none, the year as its first and last day. */
export const safetyFilter = <TKind extends string>(filters: SafetyFilters<TKind>) => ({ kind: filters.kind || undefined, ...(filters.year ? yearRange(filters.year) : {}) });

/** Security drills and joint meetings, by kind and year, paged by the server. */
export function useSecurityActivitiesTable() {
  const filters = reactive<SafetyFilters<SecurityActivityKind>>({});
  const table = useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(securityActivitiesQuery, { ...page, filter: safetyFilter(filters) })).securityActivities,
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}

/** Driving-record events, by kind and year, paged by the server. */
export function useVehicleEventsTable() {
  const filters = reactive<SafetyFilters<VehicleEventKind>>({});
  const table = useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(vehicleRecordEventsQuery, { ...page, filter: safetyFilter(filters) })).vehicleRecordEvents,
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}

export interface SecurityActivityForm {
  kind: SecurityActivityKind | undefined;
  heldOn: string;
  /** The assets building it was held in, by id (optional). */
  buildingId: string;
  title: string;
  participants: number | undefined;
  summary: string;
}

export const securityActivityInput = (form: SecurityActivityForm) => ({
  kind: form.kind ?? 'FIRE_DRILL',
  heldOn: form.heldOn,
  buildingId: optionalText(form.buildingId),
  title: form.title.trim(),
  participants: form.participants ?? 0,
  summary: optionalText(form.summary),
});

/** Records a drill or a joint security meeting. */
export function useRecordSecurityActivity(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: ({ kind }: { kind?: SecurityActivityKind }): SecurityActivityForm => ({ kind, heldOn: '', buildingId: '', title: '', participants: undefined, summary: '' }),
    send: async (_target, form) => (await requestGraphQL(recordSecurityActivityMutation, { input: securityActivityInput(form) })).recordSecurityActivity,
    doneText: (_target, activity) => t('services.safety.done.activity', { title: activity.title }),
    onChanged,
  });
}

export interface VehicleEventForm {
  kind: VehicleEventKind | undefined;
  occurredOn: string;
  /** The assets vehicle (vehicle-007 …); empty for a fleet activity. */
  vehicleId: string;
  description: string;
}

export const vehicleEventInput = (form: VehicleEventForm) => ({
  kind: form.kind ?? 'COMPLAINT',
  occurredOn: form.occurredOn,
  vehicleId: optionalValue(form.vehicleId.trim()),
  description: form.description.trim(),
});

/** Records an event of a vehicle's driving record, or a fleet activity (车场日, driver training). */
export function useRecordVehicleEvent(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: ({ kind }: { kind?: VehicleEventKind }): VehicleEventForm => ({ kind, occurredOn: '', vehicleId: '', description: '' }),
    send: async (_target, form) => (await requestGraphQL(recordVehicleEventMutation, { input: vehicleEventInput(form) })).recordVehicleEvent,
    doneText: (_target, event) => t('services.safety.done.vehicleEvent', { date: event.occurredOn }),
    onChanged,
  });
}

import { type Connection, connectionFields, defineDocument, type PageArgs } from '@jiguan/kit';

export const planTypes = ['LEASE', 'REALLOCATE', 'HAND_OVER', 'RENOVATE'] as const;
export const planStatuses = ['PLANNED', 'IMPLEMENTED'] as const;

export type PlanType = (typeof planTypes)[number];
export type PlanStatus = (typeof planStatuses)[number];

export interface PlanRow {
  id: string;
  building: { id: string; code: string; name: string };
  surveyedOn: string;
  planType: PlanType;
  status: PlanStatus;
  expectedYearlyIncome: string;
  description: string;
}

export const plansQuery = defineDocument<
  { revitalisationPlans: Connection<PlanRow> },
  PageArgs & { filter: { planType?: PlanType; status?: PlanStatus } }
>(`
  query AssetsRevitalisationPlans($first: Int, $after: String, $last: Int, $before: String, $filter: RevitalisationPlanFilter) {
    revitalisationPlans(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      ${connectionFields}
      edges { cursor node { id building { id code name } surveyedOn planType status expectedYearlyIncome description } }
    }
  }
`);

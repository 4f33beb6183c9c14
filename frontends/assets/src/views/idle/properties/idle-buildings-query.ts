import { type Connection, connectionFields, defineDocument, type PageArgs } from '@jiguan/kit';

export interface IdleBuildingRow {
  id: string;
  code: string;
  name: string;
  address: string;
  owningUnit: { name: string };
  floorArea: string;
  bookValue: string;
  plans: { totalCount: number; edges: Array<{ node: { id: string; planType: string; status: string; expectedYearlyIncome: string } }> };
}

/** The properties in use as 闲置 (idle), each with its latest 一房一策 plan. */
export const idleBuildingsQuery = defineDocument<{ buildings: Connection<IdleBuildingRow> }, PageArgs & { search?: string }>(`
  query AssetsIdleBuildings($first: Int, $after: String, $last: Int, $before: String, $search: String) {
    buildings(first: $first, after: $after, last: $last, before: $before, filter: { currentUse: IDLE, search: $search }) {
      ${connectionFields}
      edges {
        cursor
        node {
          id code name address owningUnit { name } floorArea bookValue
          plans(first: 1) { totalCount edges { node { id planType status expectedYearlyIncome } } }
        }
      }
    }
  }
`);

import { type Connection, connectionFields, defineDocument, type PageArgs } from '@jiguan/kit';

export interface HandoverRow {
  id: string;
  building: { id: string; code: string; name: string };
  plan: { id: string; planType: string } | null;
  recipient: { name: string };
  handedOverOn: string;
  yearlyRent: string;
}

export const handoversQuery = defineDocument<{ handovers: Connection<HandoverRow> }, PageArgs>(`
  query AssetsHandovers($first: Int, $after: String, $last: Int, $before: String) {
    handovers(first: $first, after: $after, last: $last, before: $before) {
      ${connectionFields}
      edges { cursor node { id building { id code name } plan { id planType } recipient { name } handedOverOn yearlyRent } }
    }
  }
`);

import { type Connection, connectionFields, defineDocument, type PageArgs } from '@jiguan/kit';

export type RectificationStatus = 'OPEN' | 'RECTIFYING' | 'SUBMITTED' | 'VERIFIED';

/** The board's columns, in the order an item moves through them. */
export const rectificationStatuses: readonly RectificationStatus[] = ['OPEN', 'RECTIFYING', 'SUBMITTED', 'VERIFIED'];

export interface RectificationCard {
  id: string;
  suggestion: string;
  owner: string;
  dueOn: string;
  status: RectificationStatus;
  overdue: boolean;
  note: string | null;
  updatedAt: string;
  problem: {
    description: string;
    category: string;
    building: { id: string; name: string } | null;
    inspection: { inspectedOn: string; organization: { name: string } };
  };
}

export interface RectificationItemFilter {
  status: RectificationStatus;
  overdue?: boolean;
  organizationId?: string;
}

export const rectificationItemFields = `
  id suggestion owner dueOn status overdue note updatedAt
  problem { description category building { id name } inspection { inspectedOn organization { name } } }
`;

export const rectificationItemsQuery = defineDocument<
  { rectificationItems: Connection<RectificationCard> },
  PageArgs & { filter: RectificationItemFilter }
>(`
  query AssetsRectificationItems($first: Int, $after: String, $last: Int, $before: String, $filter: RectificationItemFilter) {
    rectificationItems(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      ${connectionFields}
      edges { cursor node { ${rectificationItemFields} } }
    }
  }
`);

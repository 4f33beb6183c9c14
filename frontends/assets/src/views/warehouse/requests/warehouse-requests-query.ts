import { type Connection, connectionFields, defineDocument, type PageArgs } from '@jiguan/kit';

export const requestStatuses = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export interface WarehouseRequestRow {
  id: string;
  item: { id: string; code: string; name: string; state: string; newPrice: string; warehouse: { name: string } };
  organization: { id: string; name: string };
  quantity: number;
  reason: string;
  status: RequestStatus;
  requestedAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  issue: { id: string; quantity: number; issuedOn: string; savings: string } | null;
}

export const warehouseRequestFields = `
  id quantity reason status requestedAt decidedAt decisionReason
  item { id code name state newPrice warehouse { name } }
  organization { id name }
  issue { id quantity issuedOn savings }
`;

export const warehouseRequestsQuery = defineDocument<
  { warehouseRequests: Connection<WarehouseRequestRow> },
  PageArgs & { filter: { status?: RequestStatus; organizationId?: string } }
>(`
  query AssetsWarehouseRequests($first: Int, $after: String, $last: Int, $before: String, $filter: WarehouseRequestFilter) {
    warehouseRequests(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      ${connectionFields}
      edges { cursor node { ${warehouseRequestFields} } }
    }
  }
`);

import { type Connection, connectionFields, defineDocument, type PageArgs } from '@jiguan/kit';

export const itemStates = ['LISTED', 'RESERVED', 'ALLOCATED', 'DISPOSED'] as const;
export const itemCategories = ['FURNITURE', 'OFFICE_EQUIPMENT', 'IT_EQUIPMENT', 'APPLIANCE', 'OTHER'] as const;
export const warehouseKinds = ['VIRTUAL', 'PHYSICAL'] as const;

export type ItemState = (typeof itemStates)[number];
export type ItemCategory = (typeof itemCategories)[number];
export type WarehouseKind = (typeof warehouseKinds)[number];

export interface WarehouseItemFilter {
  search?: string;
  state?: ItemState;
  category?: ItemCategory;
  warehouseKind?: WarehouseKind;
}

export interface ItemIssue {
  id: string;
  kind: 'REALLOCATION' | 'DISPOSAL';
  quantity: number;
  receiving: { name: string } | null;
  issuedOn: string;
  savings: string;
}

export interface ItemRequest {
  id: string;
  organization: { name: string };
  quantity: number;
  status: 'PENDING' | 'APPROVED' | 'REJECTED';
  requestedAt: string;
}

export interface WarehouseItemRow {
  id: string;
  code: string;
  name: string;
  category: ItemCategory;
  condition: string;
  state: ItemState;
  quantity: number;
  availableQuantity: number;
  reservedQuantity: number;
  originalValue: string;
  newPrice: string;
  listedOn: string;
  warehouse: { id: string; name: string; kind: WarehouseKind };
  fromUnit: { name: string } | null;
  requests: { totalCount: number; edges: Array<{ node: ItemRequest }> };
  issues: { totalCount: number; edges: Array<{ node: ItemIssue }> };
}

/** Requests and issues shown per item; the row says how many there are in all. */
export const movementsPerItem = 5;

export const warehouseItemsQuery = defineDocument<
  { warehouseItems: Connection<WarehouseItemRow> },
  PageArgs & { filter: WarehouseItemFilter }
>(`
  query AssetsWarehouseItems($first: Int, $after: String, $last: Int, $before: String, $filter: WarehouseItemFilter) {
    warehouseItems(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      ${connectionFields}
      edges {
        cursor
        node {
          id code name category condition state quantity availableQuantity reservedQuantity
          originalValue newPrice listedOn warehouse { id name kind } fromUnit { name }
          requests(first: ${movementsPerItem}) { totalCount edges { node { id organization { name } quantity status requestedAt } } }
          issues(first: ${movementsPerItem}) { totalCount edges { node { id kind quantity receiving { name } issuedOn savings } } }
        }
      }
    }
  }
`);

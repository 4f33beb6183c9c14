import { type Connection, connectionFields, defineDocument, type PageArgs } from '@jiguan/kit';

export const disposalStatuses = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'EXECUTED'] as const;
export const disposalAssetKinds = ['PROPERTY', 'VEHICLE', 'WAREHOUSE_ITEM'] as const;
export const disposalMethods = ['SCRAP', 'SALE', 'TRANSFER', 'DONATION', 'DEMOLITION'] as const;

export type DisposalStatus = (typeof disposalStatuses)[number];
export type DisposalAssetKind = (typeof disposalAssetKinds)[number];
export type DisposalMethod = (typeof disposalMethods)[number];

export interface DisposalFilter {
  status?: DisposalStatus;
  assetKind?: DisposalAssetKind;
  method?: DisposalMethod;
}

export interface DisposalStepRow {
  id: string;
  fromStatus: DisposalStatus | null;
  toStatus: DisposalStatus;
  reason: string;
  at: string;
}

export interface DisposalRow {
  id: string;
  code: string;
  organization: { name: string };
  assetKind: DisposalAssetKind;
  assetCardNumber: string;
  assetName: string;
  value: string;
  method: DisposalMethod;
  status: DisposalStatus;
  decidedOn: string | null;
  createdAt: string;
  building: { id: string; name: string } | null;
  vehicle: { plateNumber: string } | null;
  item: { code: string } | null;
  steps: { totalCount: number; edges: Array<{ node: DisposalStepRow }> };
}

export const disposalFields = `
  id code organization { name } assetKind assetCardNumber assetName value method status decidedOn createdAt
  building { id name } vehicle { plateNumber } item { code }
  steps(first: 20) { totalCount edges { node { id fromStatus toStatus reason at } } }
`;

export const disposalsQuery = defineDocument<{ disposals: Connection<DisposalRow> }, PageArgs & { filter: DisposalFilter }>(`
  query AssetsDisposals($first: Int, $after: String, $last: Int, $before: String, $filter: DisposalFilter) {
    disposals(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      ${connectionFields}
      edges { cursor node { ${disposalFields} } }
    }
  }
`);

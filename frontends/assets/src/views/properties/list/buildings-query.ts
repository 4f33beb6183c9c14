import { type Connection, connectionFields, defineDocument, type PageArgs } from '@jiguan/kit';

export type CertificateStatus = 'CERTIFIED' | 'UNCERTIFIED' | 'MISMATCHED';
export type TitleRegistration = 'UNREGISTERED' | 'IN_PROGRESS' | 'REGISTERED';
export type BuildingUse = 'OFFICE' | 'BUSINESS' | 'IDLE' | 'LEASED_OUT' | 'LENT_OUT';

export const certificateStatuses: readonly CertificateStatus[] = ['CERTIFIED', 'UNCERTIFIED', 'MISMATCHED'];
export const buildingUses: readonly BuildingUse[] = ['OFFICE', 'BUSINESS', 'IDLE', 'LEASED_OUT', 'LENT_OUT'];

export interface BuildingFilter {
  search?: string;
  certificateStatus?: CertificateStatus;
  currentUse?: BuildingUse;
  usingUnitId?: string;
}

export interface BuildingRow {
  id: string;
  code: string;
  name: string;
  address: string;
  owningUnit: { id: string; name: string };
  usingUnit: { id: string; name: string } | null;
  floorArea: string;
  certificateStatus: CertificateStatus;
  titleRegistration: TitleRegistration;
  currentUse: BuildingUse;
  bookValue: string;
  openRectificationCount: number;
}

export const buildingsQuery = defineDocument<{ buildings: Connection<BuildingRow> }, PageArgs & { filter: BuildingFilter }>(`
  query AssetsBuildings($first: Int, $after: String, $last: Int, $before: String, $filter: BuildingFilter) {
    buildings(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      ${connectionFields}
      edges {
        cursor
        node {
          id code name address owningUnit { id name } usingUnit { id name }
          floorArea certificateStatus titleRegistration currentUse bookValue openRectificationCount
        }
      }
    }
  }
`);

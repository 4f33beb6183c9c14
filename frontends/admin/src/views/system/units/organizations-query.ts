import { type Connection, connectionFields, defineDocument, type PageArgs } from '@jiguan/kit';

export type OrganizationKind = 'PARTY_GOVERNMENT_ORGAN' | 'PUBLIC_INSTITUTION' | 'STATE_OWNED_ENTERPRISE' | 'INTERNAL_SECTION';

export interface OrganizationNode {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: OrganizationKind;
  underAgencyBookkeeping: boolean;
  childCount: number;
}

export const organizationsQuery = defineDocument<
  { organizations: Connection<OrganizationNode> },
  PageArgs & { filter: { rootsOnly?: boolean; parentId?: string } }
>(`
  query Organizations($first: Int, $after: String, $last: Int, $before: String, $filter: OrganizationFilter) {
    organizations(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      ${connectionFields}
      edges { cursor node { id code name shortName kind underAgencyBookkeeping childCount } }
    }
  }
`);

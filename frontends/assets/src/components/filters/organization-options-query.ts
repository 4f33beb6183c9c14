import { defineDocument } from '@jiguan/kit';

export interface OrganizationOption {
  id: string;
  name: string;
}

/** Units by part of their name, for a filter's remote select (the directory's list). */
export const organizationOptionsQuery = defineDocument<
  { organizations: { edges: Array<{ node: OrganizationOption }> } },
  { search?: string }
>(`
  query AssetsOrganizationOptions($search: String) {
    organizations(first: 20, filter: { search: $search }) { edges { node { id name } } }
  }
`);

import { defineDocument } from '@jiguan/kit';

export interface PersonOption {
  id: string;
  name: string;
  organization: { name: string };
  account: { id: string } | null;
}

export const personOptionsQuery = defineDocument<
  { people: { edges: Array<{ node: PersonOption }> } },
  { search?: string }
>(`
  query PersonOptions($search: String) {
    people(first: 20, filter: { search: $search }) { edges { node { id name organization { name } account { id } } } }
  }
`);

import { type Connection, connectionFields, defineDocument, type PageArgs } from '@jiguan/kit';

export interface PersonRow {
  id: string;
  name: string;
  position: string | null;
  rank: string | null;
  phone: string | null;
  organization: { id: string; name: string };
  account: { id: string; username: string } | null;
}

export const peopleQuery = defineDocument<
  { people: Connection<PersonRow> },
  PageArgs & { filter: { search?: string; organizationId?: string } }
>(`
  query People($first: Int, $after: String, $last: Int, $before: String, $filter: PersonFilter) {
    people(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      ${connectionFields}
      edges { cursor node { id name position rank phone organization { id name } account { id username } } }
    }
  }
`);

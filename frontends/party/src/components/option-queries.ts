import { requestGraphQL, useRemoteOptions } from '@jiguan/kit';
import { shallowRef } from 'vue';
import { graphql } from '../generated/gql';
import type { PartyOrganizationKind } from '../generated/graphql';

/** People by part of their name (the directory's list), for a person picked by searching. */
export const peopleOptionsQuery = graphql(`
  query PartyPeopleOptions($search: String) {
    people(first: 20, filter: { search: $search }) { edges { node { id name organization { id name } } } }
  }
`);

/** The bureau's Party organisations (a dozen or so), for a select. */
export const partyOrganizationOptionsQuery = graphql(`
  query PartyOrganizationOptions($filter: PartyOrganizationFilter) {
    partyOrganizations(first: 200, filter: $filter) { edges { node { id name kind canManage organization { id } } } }
  }
`);

export interface PersonOption {
  id: string;
  name: string;
  organization: { id: string; name: string };
}

/** Server-side search of the directory's people. */
export function usePeopleOptions() {
  return useRemoteOptions<PersonOption>(async (search) => (await requestGraphQL(peopleOptionsQuery, { search })).people.edges.map((edge) => edge.node));
}

export interface PartyOrganizationOption {
  id: string;
  name: string;
  kind: PartyOrganizationKind;
  canManage: boolean;
  organization: { id: string };
}

/** The organisations of one kind (or all), loaded once; `manageableOnly` keeps those the viewer may manage. */
export function usePartyOrganizationOptions(kind?: PartyOrganizationKind) {
  const options = shallowRef<PartyOrganizationOption[]>([]);
  const loading = shallowRef(false);
  async function load(): Promise<void> {
    loading.value = true;
    try {
      const { partyOrganizations } = await requestGraphQL(partyOrganizationOptionsQuery, { filter: kind ? { kind } : undefined });
      options.value = partyOrganizations.edges.map((edge) => edge.node);
    } finally {
      loading.value = false;
    }
  }
  void load().catch(() => undefined);
  return { options, loading, reload: load };
}

import { requestGraphQL } from '@jiguan/kit';
import { shallowRef } from 'vue';
import type { ProviderKind } from '../../../generated/graphql';
import { providerOptionsQuery } from './provider-options-query';

export interface ProviderOption {
  id: string;
  name: string;
  kind: ProviderKind;
}

// Repairs go to the maintenance and property companies first.
const repairKinds: readonly ProviderKind[] = ['MAINTENANCE', 'PROPERTY'];

/** The providers in the order the assign dialog offers them: maintenance and property first, by name within. */
export function assignableProviders(providers: readonly ProviderOption[]): ProviderOption[] {
  const rank = (kind: ProviderKind) => (repairKinds.includes(kind) ? repairKinds.indexOf(kind) : repairKinds.length);
  return [...providers].sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** The service providers a work order may be assigned to, loaded once when the dialog first needs them. */
export function useProviderOptions() {
  const providers = shallowRef<ProviderOption[]>([]);
  let loaded = false;
  async function load(): Promise<void> {
    if (loaded) return;
    const found = (await requestGraphQL(providerOptionsQuery)).serviceProviders.edges.map((edge) => edge.node);
    providers.value = assignableProviders(found);
    loaded = true;
  }
  return { providers, load };
}

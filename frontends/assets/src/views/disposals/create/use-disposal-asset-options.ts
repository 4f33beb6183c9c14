import { requestGraphQL } from '@jiguan/kit';
import { shallowRef, watch } from 'vue';
import { disposalAssetOptionsQuery } from './disposal-asset-options-query';

export interface DisposalAssetOption {
  id: string;
  label: string;
  cardNumber: string;
  name: string;
  value: string;
}

/** The assets of the chosen unit a draft may name, by kind; loaded again when the unit changes. */
export function useDisposalAssetOptions(unitId: () => string | undefined) {
  const empty = { PROPERTY: [], VEHICLE: [], WAREHOUSE_ITEM: [] };
  const options = shallowRef<Record<'PROPERTY' | 'VEHICLE' | 'WAREHOUSE_ITEM', DisposalAssetOption[]>>(empty);
  watch(
    unitId,
    async (id) => {
      options.value = empty;
      if (!id) return;
      const data = await requestGraphQL(disposalAssetOptionsQuery, { unitId: id });
      if (unitId() !== id) return;
      options.value = {
        PROPERTY: data.buildings.edges.map(({ node }) => ({ id: node.id, label: `${node.code} ${node.name}`, cardNumber: node.code, name: node.name, value: node.bookValue })),
        VEHICLE: data.vehicles.edges.map(({ node }) => ({ id: node.id, label: `${node.plateNumber} ${node.model}`, cardNumber: node.plateNumber, name: `${node.model}（${node.plateNumber}）`, value: node.purchasePrice })),
        WAREHOUSE_ITEM: data.warehouseItems.edges.map(({ node }) => ({
          id: node.id,
          label: `${node.code} ${node.name} ×${node.availableQuantity}`,
          cardNumber: node.code,
          name: node.name,
          value: node.originalValue,
        })),
      };
    },
    { immediate: true },
  );
  return options;
}

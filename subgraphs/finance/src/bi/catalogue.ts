import type { BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';

/**
 * The finance domain's BI datasets: the views its `bi/migrations/` create in the schema
 * bi_finance, one flat row per fact (docs/bi.md "Adding a domain's datasets").
 * `tests/bi/catalogue.test.ts` fails while the views and this list differ.
 */
export const financeCatalogue: BiDataset[] = [];

import { quoteIdentifier } from '@jiguan/db/quote-identifier';
import type { BiColumnType, BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';

/** The dataset's view, quoted (`"bi_assets"."buildings"`); its name comes from the catalogue, never from a request. */
export function quotedView(dataset: BiDataset): string {
  return dataset.view.split('.').map(quoteIdentifier).join('.');
}

export { quoteIdentifier };

/** The PostgreSQL type a bind parameter compared with a column of this type is cast to. */
export const PARAMETER_CAST: Record<BiColumnType, string> = {
  text: 'text',
  integer: 'numeric',
  bigint: 'numeric',
  decimal: 'numeric',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'timestamptz',
};

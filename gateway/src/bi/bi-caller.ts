import type { BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';

/**
 * Who reads the BI exports and the OData feed: an account (by its token) or an API key (verified by
 * the directory). `datasets` and `unitIds` are null for "every one".
 */
export interface BiCaller {
  kind: 'account' | 'api-key';
  name: string;
  datasets: string[] | null;
  unitIds: string[] | null;
}

/** Whether the caller may read the dataset at all (rows are narrowed to its units in the database). */
export function mayRead(caller: BiCaller, dataset: Pick<BiDataset, 'name'>): boolean {
  return caller.datasets === null || caller.datasets.includes(dataset.name);
}

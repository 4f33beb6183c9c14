/**
 * The gateway process bench:bi measures: our gateway (createGateway, production settings) with the
 * BI endpoints over BENCH_BI_DATABASE_URL, the datasets of the JSON file BENCH_BI_DATASETS served
 * as a subgraph's GET /bi/catalogue, and a stand-in directory (the gateway tests' BI harness).
 * Prints `ready <origin> <token>` (a BI_READER token), stops on SIGTERM.
 */
import { readFileSync } from 'node:fs';
import type { BiDataset } from '../../../shared-schema/src/bi/dataset-catalogue.ts';
import { startBiHub } from '../../../gateway/tests/bi/harness/bi-hub.ts';

const datasets = JSON.parse(readFileSync(process.env.BENCH_BI_DATASETS ?? '', 'utf8')) as BiDataset[];
const hub = await startBiHub({
  databaseUrl: process.env.BENCH_BI_DATABASE_URL ?? '',
  datasets,
  env: { BI_ODATA_PAGE_SIZE: process.env.BI_ODATA_PAGE_SIZE ?? '10000', BI_CATALOGUE_CACHE_MS: '10000' },
});
console.log(`ready ${hub.origin} ${await hub.token()}`);
process.once('SIGTERM', () => void hub.stop().finally(() => process.exit(0)));

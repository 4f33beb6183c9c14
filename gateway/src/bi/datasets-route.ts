import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';
import { sendJson } from '@jiguan/shared-schema/http/http-server';
import type { Logger } from '@jiguan/shared-schema/logger';
import type { BiCallerAuthenticator } from './authenticate-bi-caller.ts';
import { mayRead } from './bi-caller.ts';
import type { BiDatabase } from './bi-database.ts';
import { answerFailure } from './bi-http-error.ts';
import type { CatalogueSource } from './dataset-catalogue-source.ts';
import { odataValue } from './column-values.ts';
import { quotedView, quoteIdentifier } from './sql-identifiers.ts';

/** A dataset as GET /bi/datasets lists it: the catalogue entry, with its rows as the caller sees them (null: the view could not be read). */
export type ListedDataset = BiDataset & { rowCount: number | null; lastChange: string | null };

/**
 * `GET /bi/datasets`: the datasets the caller may read, each with its row count and last change
 * (the latest `changeColumn`) counted in the caller's own scope.
 */
export function datasetsRoute(options: { authenticate: BiCallerAuthenticator; catalogue: CatalogueSource; database: BiDatabase; logger: Logger }) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const caller = await options.authenticate(req);
      const catalogue = await options.catalogue();
      const datasets = catalogue.datasets.filter((d) => mayRead(caller, d));
      const listed = await options.database.read(caller, async (client) => {
        const out: ListedDataset[] = [];
        for (const dataset of datasets) {
          const last = dataset.changeColumn ? `max(${quoteIdentifier(dataset.changeColumn)})::text` : 'NULL';
          // One view that fails (changed under its catalogue, say) must not hide the others.
          await client.query('SAVEPOINT dataset');
          try {
            const { rows } = await client.query<{ n: string; last: string | null }>(`SELECT count(*)::text AS n, ${last} AS last FROM ${quotedView(dataset)}`);
            await client.query('RELEASE SAVEPOINT dataset');
            out.push({ ...dataset, rowCount: Number(rows[0]?.n ?? 0), lastChange: odataValue(rows[0]?.last ?? null, 'timestamp', false) as string | null });
          } catch (error) {
            await client.query('ROLLBACK TO SAVEPOINT dataset');
            options.logger.error('BI dataset not counted', { dataset: dataset.name, error: error instanceof Error ? error.message : String(error) });
            out.push({ ...dataset, rowCount: null, lastChange: null });
          }
        }
        return out;
      });
      sendJson(res, 200, { datasets: listed, ...(catalogue.unavailable.length > 0 ? { unavailable: catalogue.unavailable } : {}) }, { 'cache-control': 'no-store' });
    } catch (error) {
      answerFailure(res, error, options.logger, '/bi/datasets');
    }
  };
}

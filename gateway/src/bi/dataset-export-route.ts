import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { Logger } from '@jiguan/shared-schema/logger';
import type pg from 'pg';
import type { BiCallerAuthenticator } from './authenticate-bi-caller.ts';
import type { BiDatabase } from './bi-database.ts';
import { answerFailure, BiHttpError, sendBiError } from './bi-http-error.ts';
import { csvExport, UTF8_BOM } from './csv-export.ts';
import type { CatalogueSource } from './dataset-catalogue-source.ts';
import { bindValues, exportQuery, type ExportQuery } from './export-query.ts';
import { ndjsonExport } from './ndjson-export.ts';
import { readableDataset } from './readable-dataset.ts';
import { ClientGoneError, streamResponse } from './stream-response.ts';
import { checkXlsxRowCount, xlsxExport } from './xlsx-export.ts';

interface ExportFormat {
  contentType: string;
  preamble?: Buffer;
  /** Checks made before the first byte (a refusal can still be an error answer). */
  check?: (client: pg.PoolClient, query: ExportQuery) => Promise<void>;
  rows: (client: pg.PoolClient, query: ExportQuery) => Readable;
}

const FORMATS: Record<string, ExportFormat> = {
  csv: { contentType: 'text/csv; charset=utf-8', preamble: UTF8_BOM, rows: csvExport },
  ndjson: { contentType: 'application/x-ndjson; charset=utf-8', rows: ndjsonExport },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', check: checkXlsxRowCount, rows: xlsxExport },
};

/**
 * `GET /bi/datasets/<name>.csv|.ndjson|.xlsx`: the whole dataset (no row cap), streamed from
 * PostgreSQL as the caller may see it. The query is cancelled when the client goes away; a stream
 * that fails half-way is cut off (socket destroyed), never ended as if whole.
 */
export function datasetExportRoute(options: { authenticate: BiCallerAuthenticator; catalogue: CatalogueSource; database: BiDatabase; logger: Logger }) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const match = /^\/bi\/datasets\/([^/]+)\.([a-z]+)$/.exec(url.pathname);
    const format = match ? FORMATS[match[2] ?? ''] : undefined;
    if (!match || !format) {
      return sendBiError(res, new BiHttpError(404, 'NOT_FOUND', '地址应为 /bi/datasets/<数据集>.csv、.ndjson 或 .xlsx'));
    }
    let session: Awaited<ReturnType<BiDatabase['open']>> | undefined;
    let source: Readable | undefined;
    try {
      const caller = await options.authenticate(req);
      const dataset = readableDataset(await options.catalogue(), caller, decodeURIComponent(match[1] ?? ''));
      const query = exportQuery(dataset, url.searchParams);
      session = await options.database.open(caller);
      await bindValues(session.client, query.values);
      await format.check?.(session.client, query);
      source = format.rows(session.client, query);
      const rows = source;
      session.onLost((error) => rows.destroy(error));
      await streamResponse(
        res,
        source,
        {
          status: 200,
          headers: {
            'content-type': format.contentType,
            'content-disposition': `attachment; filename="${dataset.name}.${match[2]}"`,
            'cache-control': 'no-store',
          },
        },
        format.preamble,
      );
      await session.finish();
    } catch (error) {
      source?.destroy();
      await session?.abandon();
      if (error instanceof ClientGoneError) return;
      if (res.headersSent) {
        options.logger.error('BI export failed half-way', { path: url.pathname, error: error instanceof Error ? error.message : String(error) });
        res.destroy();
        return;
      }
      answerFailure(res, error, options.logger, url.pathname);
    }
  };
}

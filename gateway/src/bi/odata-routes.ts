import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';
import { sendJson } from '@jiguan/shared-schema/http/http-server';
import type { Logger } from '@jiguan/shared-schema/logger';
import type { BiCallerAuthenticator } from './authenticate-bi-caller.ts';
import { mayRead, type BiCaller } from './bi-caller.ts';
import type { BiDatabase } from './bi-database.ts';
import { BiHttpError } from './bi-http-error.ts';
import { odataValue, RAW_TEXT_TYPES } from './column-values.ts';
import type { CatalogueSource } from './dataset-catalogue-source.ts';
import { edmx } from './odata-metadata.ts';
import { entitySetQuery, skipToken, type EntitySetQuery } from './odata-query.ts';
import { readableDataset } from './readable-dataset.ts';
import { PARAMETER_CAST, quotedView, quoteIdentifier } from './sql-identifiers.ts';

const ODATA_HEADERS = { 'odata-version': '4.0', 'cache-control': 'no-store' };

export interface ODataOptions {
  authenticate: BiCallerAuthenticator;
  catalogue: CatalogueSource;
  database: BiDatabase;
  /** Rows per page; past them the answer carries @odata.nextLink (`BI_ODATA_PAGE_SIZE`). */
  pageSize: number;
  /** Take the scheme and host of links from X-Forwarded-Proto/-Host (`GATEWAY_TRUST_PROXY`). */
  trustProxy: boolean;
  logger: Logger;
}

/** OData's JSON error (`{"error":{"code","message"}}`), with the OData-Version header. */
function sendODataError(res: ServerResponse, error: BiHttpError): void {
  sendJson(res, error.status, { error: { code: error.code, message: error.message } }, { ...ODATA_HEADERS, ...error.headers });
}

function serviceRoot(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = (name: string) => (trustProxy ? String(req.headers[name] ?? '').split(',')[0]?.trim() : '') || undefined;
  return `${forwarded('x-forwarded-proto') ?? 'http'}://${forwarded('x-forwarded-host') ?? req.headers.host ?? 'localhost'}/odata`;
}

/** `IEEE754Compatible=true` in Accept (or $format): Int64 and Decimal are then sent as strings. */
function ieee754Compatible(req: IncomingMessage, params: URLSearchParams): boolean {
  return /IEEE754Compatible=true/i.test(`${req.headers.accept ?? ''};${params.get('$format') ?? ''}`);
}

/** The columns a page reads: the selected ones, then any key column not among them (for the next page's $skiptoken). */
function pageColumns(dataset: BiDataset, query: EntitySetQuery): BiDataset['columns'] {
  const keys = dataset.keyColumns.flatMap((k) => (query.columns.some((c) => c.name === k) ? [] : dataset.columns.filter((c) => c.name === k)));
  return [...query.columns, ...keys];
}

async function readPage(options: ODataOptions, caller: BiCaller, dataset: BiDataset, query: EntitySetQuery) {
  const limit = Math.min(query.top ?? Number.POSITIVE_INFINITY, options.pageSize);
  const columns = pageColumns(dataset, query);
  return options.database.read(caller, async (client) => {
    const from = `FROM ${quotedView(dataset)} WHERE ${query.where}`;
    const count = query.count
      ? Number((await client.query<{ n: string }>({ text: `SELECT count(*)::text AS n ${from}`, values: query.parameters.values })).rows[0]?.n ?? 0)
      : undefined;
    const values = [...query.parameters.values];
    const bind = (value: unknown, cast?: string) => {
      values.push(value);
      return `$${values.length}${cast ? `::${cast}` : ''}`;
    };
    const keyTypes = dataset.keyColumns.map((k) => dataset.columns.find((c) => c.name === k)?.type ?? 'text');
    const after = query.after
      ? ` AND (${dataset.keyColumns.map(quoteIdentifier).join(', ')}) > (${query.after.map((v, i) => bind(v, PARAMETER_CAST[keyTypes[i] ?? 'text'])).join(', ')})`
      : '';
    // One row past the page tells whether there is a next one.
    const { rows } = await client.query<(string | null)[]>({
      text: `SELECT ${columns.map((c) => quoteIdentifier(c.name)).join(', ')} ${from}${after} ORDER BY ${query.orderBy} LIMIT ${bind(limit + 1)} OFFSET ${bind(query.after ? 0 : query.skip)}`,
      values,
      rowMode: 'array',
      types: RAW_TEXT_TYPES,
    });
    return { rows, count, limit, columns };
  });
}

/** The same request for the next page: after the last key (keyset), or `$skip` moved on (with $orderby). */
function nextLink(root: string, dataset: BiDataset, params: URLSearchParams, query: EntitySetQuery, page: { limit: number; last: (string | null)[]; columns: BiDataset['columns'] }): string {
  const next = new URLSearchParams(params);
  if (query.keyset) {
    next.delete('$skip');
    next.set('$skiptoken', skipToken(dataset.keyColumns.map((k) => page.last[page.columns.findIndex((c) => c.name === k)] ?? null)));
  } else {
    next.set('$skip', String(query.skip + page.limit));
  }
  if (query.top !== null) next.set('$top', String(query.top - page.limit));
  return `${root}/${encodeURIComponent(dataset.name)}?${next.toString().replaceAll('+', '%20')}`;
}

/**
 * The OData v4 feed: `GET /odata` (service document), `/odata/$metadata` (EDMX), `/odata/<dataset>`
 * (the entity set: $select $filter $orderby $top $skip $count, server-driven paging with
 * @odata.nextLink) and `/odata/<dataset>/$count`. Every read runs as the caller sees the rows.
 */
export function odataRoutes(options: ODataOptions) {
  const visible = async (caller: BiCaller) => (await options.catalogue()).datasets.filter((d) => mayRead(caller, d));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const root = serviceRoot(req, options.trustProxy);
    try {
      const caller = await options.authenticate(req);
      const path = url.pathname.replace(/^\/odata\/?/, '');
      if (path === '') {
        const value = (await visible(caller)).map((d) => ({ name: d.name, kind: 'EntitySet', url: d.name, title: d.title['zh-CN'] }));
        return sendJson(res, 200, { '@odata.context': `${root}/$metadata`, value }, { ...ODATA_HEADERS, 'content-type': 'application/json;odata.metadata=minimal;charset=utf-8' });
      }
      if (path === '$metadata') {
        res.writeHead(200, { ...ODATA_HEADERS, 'content-type': 'application/xml;charset=utf-8' }).end(edmx(await visible(caller)));
        return;
      }
      const match = /^([^/()]+)(\/\$count)?$/.exec(path);
      if (!match) throw new BiHttpError(404, 'NOT_FOUND', `没有这个 OData 资源：/odata/${path}（实体集见 /odata）`);
      const dataset = readableDataset(await options.catalogue(), caller, decodeURIComponent(match[1] ?? ''));
      const query = entitySetQuery(dataset, url.searchParams);
      if (match[2]) {
        const { count } = await readPage(options, caller, dataset, { ...query, count: true, top: 0 });
        res.writeHead(200, { ...ODATA_HEADERS, 'content-type': 'text/plain;charset=utf-8' }).end(String(count));
        return;
      }
      const { rows, count, limit, columns } = await readPage(options, caller, dataset, query);
      const ieee754 = ieee754Compatible(req, url.searchParams);
      const value = rows.slice(0, limit).map((row) => Object.fromEntries(query.columns.map((c, i) => [c.name, odataValue(row[i] ?? null, c.type, ieee754)])));
      const more = rows.length > limit && (query.top === null || query.top > limit);
      const context = `${root}/$metadata#${dataset.name}${query.select ? `(${query.select.join(',')})` : ''}`;
      const body = {
        '@odata.context': context,
        ...(count !== undefined ? { '@odata.count': ieee754 ? String(count) : count } : {}),
        value,
        ...(more ? { '@odata.nextLink': nextLink(root, dataset, url.searchParams, query, { limit, last: rows[limit - 1] ?? [], columns }) } : {}),
      };
      sendJson(res, 200, body, { ...ODATA_HEADERS, 'content-type': `application/json;odata.metadata=minimal;IEEE754Compatible=${ieee754};charset=utf-8` });
    } catch (error) {
      if (error instanceof BiHttpError) return sendODataError(res, error);
      options.logger.error('OData request failed', { path: url.pathname, error: error instanceof Error ? error.message : String(error) });
      sendODataError(res, new BiHttpError(500, 'INTERNAL', '读取数据集失败，请稍后重试；若一再失败请联系管理员'));
    }
  };
  return { 'GET /odata': handle, 'GET /odata/*': handle };
}

import { defaultParser } from '@odata/parser';
import type { BiColumn, BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';
import { badQuery, columnOf, filterCondition, SqlParameters } from './odata-filter.ts';
import { quoteIdentifier } from './sql-identifiers.ts';

/** An entity set request's query options, checked and turned into SQL parts. */
export interface EntitySetQuery {
  columns: BiColumn[];
  /** `$select` as given (null: every column), for the answer's @odata.context. */
  select: string[] | null;
  where: string;
  orderBy: string;
  parameters: SqlParameters;
  top: number | null;
  skip: number;
  count: boolean;
  /**
   * Keyset paging: without $orderby the rows go in key order, and the next page starts after the
   * last key seen (`$skiptoken`), so page n costs what page 1 does. With $orderby, pages use OFFSET.
   */
  keyset: boolean;
  /** The key values the page starts after (from `$skiptoken`), or null. */
  after: string[] | null;
}

/** `$skiptoken`: the last row's key values, as base64url JSON. */
export function skipToken(keys: (string | null)[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

function keysAfter(dataset: BiDataset, token: string | null): string[] | null {
  if (token === null) return null;
  try {
    const keys = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(keys) && keys.length === dataset.keyColumns.length && keys.every((k) => typeof k === 'string')) return keys as string[];
  } catch {
    // refused below
  }
  throw badQuery('$skiptoken 无效：请使用上一页 @odata.nextLink 给出的地址');
}

/** Query options the feed does not offer (it serves flat entity sets, read only). */
const UNSUPPORTED = ['$expand', '$apply', '$search', '$compute', '$levels', '$index'];

function wholeNumber(name: string, value: string | null): number | null {
  if (value === null) return null;
  if (!/^\d+$/.test(value)) throw badQuery(`${name} 须是非负整数：“${value}”`);
  return Number(value);
}

function selected(dataset: BiDataset, value: string | null): BiColumn[] | null {
  if (value === null || value.trim() === '' || value.trim() === '*') return null;
  return value.split(',').map((raw) => {
    const column = dataset.columns.find((c) => c.name === raw.trim());
    if (!column) throw badQuery(`$select 中的“${raw.trim()}”不是数据集 ${dataset.name} 的列；可用的列：${dataset.columns.map((c) => c.name).join(', ')}`);
    return column;
  });
}

/** `$orderby`, parsed by @odata/parser, then the key columns: pages never overlap or skip a row. */
function orderBy(dataset: BiDataset, value: string | null): string {
  const items: string[] = [];
  if (value !== null && value.trim() !== '') {
    let options: { type: string; value: { items: { value: { expr: never; direction: number } }[] } }[];
    try {
      options = (defaultParser.query(`$orderby=${value}`) as unknown as { value: { options: typeof options } }).value.options;
    } catch (error) {
      throw badQuery(`$orderby 无法解析（${error instanceof Error ? error.message : String(error)}）：${value}`);
    }
    const only = options.length === 1 && options[0]?.type === 'OrderBy' ? options[0] : null;
    if (!only) throw badQuery(`$orderby 须是逗号分隔的“列 [asc|desc]”：${value}`);
    for (const item of only.value.items) {
      const column = columnOf(dataset, item.value.expr);
      if (!column) throw badQuery(`$orderby 只能按列排序：${value}`);
      items.push(`${quoteIdentifier(column.name)} ${item.value.direction < 0 ? 'DESC' : 'ASC'}`);
    }
  }
  for (const key of dataset.keyColumns) items.push(`${quoteIdentifier(key)} ASC`);
  return items.join(', ');
}

export function entitySetQuery(dataset: BiDataset, params: URLSearchParams): EntitySetQuery {
  for (const option of UNSUPPORTED) if (params.has(option)) throw badQuery(`不支持查询选项 ${option}：此 OData 服务提供平面数据集（$select、$filter、$orderby、$top、$skip、$count）`);
  const format = params.get('$format');
  if (format !== null && !/^(json|application\/json)/.test(format)) throw badQuery(`不支持 $format=${format}：只提供 JSON`);
  const parameters = new SqlParameters();
  const filter = params.get('$filter');
  const select = selected(dataset, params.get('$select'));
  const count = params.get('$count');
  const ordered = params.get('$orderby') !== null && params.get('$orderby')?.trim() !== '';
  const after = keysAfter(dataset, params.get('$skiptoken'));
  if (after && ordered) throw badQuery('$skiptoken 只用于按主键顺序的分页（没有 $orderby 时）');
  if (count !== null && count !== 'true' && count !== 'false') throw badQuery(`$count 须是 true 或 false：“${count}”`);
  return {
    columns: select ?? dataset.columns,
    select: select ? select.map((c) => c.name) : null,
    where: filter !== null && filter.trim() !== '' ? filterCondition(dataset, filter, parameters) : 'TRUE',
    orderBy: orderBy(dataset, params.get('$orderby')),
    parameters,
    top: wholeNumber('$top', params.get('$top')),
    skip: wholeNumber('$skip', params.get('$skip')) ?? 0,
    count: count === 'true',
    keyset: !ordered,
    after,
  };
}

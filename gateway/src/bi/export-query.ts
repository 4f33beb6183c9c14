import type { BiColumn, BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';
import type pg from 'pg';
import { BiHttpError } from './bi-http-error.ts';
import { PARAMETER_CAST, quotedView, quoteIdentifier } from './sql-identifiers.ts';

/**
 * One export's SQL: the chosen columns of the view, filtered, in the stable order of its key. The
 * request's values never enter the text: they are set as `jiguan.bi_p<n>` (bindValues) and read
 * with current_setting, because COPY takes no bind parameters.
 */
export interface ExportQuery {
  sql: string;
  /** The same rows unordered, for counting them. */
  unordered: string;
  columns: BiColumn[];
  values: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

const bad = (message: string) => new BiHttpError(400, 'BAD_USER_INPUT', message);

function timestampValue(name: string, value: string): string {
  if (!TIMESTAMP.test(value) || Number.isNaN(Date.parse(value.replace(' ', 'T')))) {
    throw bad(`参数 ${name} 不是有效的日期或时间：“${value}”（例：2024-01-31 或 2024-01-31T08:00:00Z）`);
  }
  return value;
}

/** The columns of `columns=a,b` (every column when absent), each checked against the catalogue. */
export function chosenColumns(dataset: BiDataset, list: string | null): BiColumn[] {
  if (list === null || list.trim() === '') return dataset.columns;
  return list.split(',').map((raw) => {
    const name = raw.trim();
    const column = dataset.columns.find((c) => c.name === name);
    if (!column) throw bad(`数据集 ${dataset.name} 没有列“${name}”；可选的列：${dataset.columns.map((c) => c.name).join(', ')}`);
    return column;
  });
}

export function exportQuery(dataset: BiDataset, params: URLSearchParams): ExportQuery {
  const columns = chosenColumns(dataset, params.get('columns'));
  const values: string[] = [];
  const where: string[] = [];
  const setting = (value: string, cast: string) => {
    values.push(value);
    return `current_setting('jiguan.bi_p${values.length}')::${cast}`;
  };
  const columnType = (name: string) => dataset.columns.find((c) => c.name === name)?.type ?? 'text';

  const unit = params.get('unit');
  if (unit !== null) {
    if (!dataset.unitColumn) throw bad(`数据集 ${dataset.name} 的行不属于单位，不能按 unit 筛选`);
    const codes = unit.split(',').map((c) => c.trim()).filter(Boolean);
    if (codes.length === 0) throw bad('参数 unit 为空：请给出单位编码（多个用逗号分隔）');
    where.push(`${quoteIdentifier(dataset.unitColumn)} = ANY (string_to_array(${setting(codes.join(','), 'text')}, ','))`);
  }
  for (const [name, op] of [['from', '>='], ['to', '<=']] as const) {
    const value = params.get(name);
    if (value === null) continue;
    if (!dataset.dateColumn) throw bad(`数据集 ${dataset.name} 没有日期列，不能用 ${name} 筛选`);
    const type = columnType(dataset.dateColumn);
    if (type === 'date' && !DATE.test(value)) throw bad(`参数 ${name} 应为日期 YYYY-MM-DD：“${value}”`);
    where.push(`${quoteIdentifier(dataset.dateColumn)} ${op} ${setting(timestampValue(name, value), type === 'date' ? 'date' : PARAMETER_CAST[type])}`);
  }
  const since = params.get('since');
  if (since !== null) {
    if (!dataset.changeColumn) throw bad(`数据集 ${dataset.name} 没有变更时间列，不能用 since 增量读取`);
    where.push(`${quoteIdentifier(dataset.changeColumn)} >= ${setting(timestampValue('since', since), 'timestamptz')}`);
  }
  const unordered = `SELECT ${columns.map((c) => quoteIdentifier(c.name)).join(', ')} FROM ${quotedView(dataset)}` + (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '');
  const sql = `${unordered} ORDER BY ${dataset.keyColumns.map(quoteIdentifier).join(', ')}`;
  return { sql, unordered, columns, values };
}

/** Sets the query's values as `jiguan.bi_p<n>` for the rest of the transaction. */
export async function bindValues(client: pg.PoolClient, values: string[]): Promise<void> {
  if (values.length === 0) return;
  await client.query(`SELECT ${values.map((_, i) => `set_config('jiguan.bi_p${i + 1}', $${i + 1}, true)`).join(', ')}`, values);
}

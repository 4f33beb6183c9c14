import { defaultParser } from '@odata/parser';
import type { BiColumn, BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';
import { BiHttpError } from './bi-http-error.ts';
import { PARAMETER_CAST, quoteIdentifier } from './sql-identifiers.ts';

/** A node of @odata/parser's syntax tree (the parts read here). */
interface Node {
  type: string;
  value: unknown;
  raw?: string;
}

export const badQuery = (message: string) => new BiHttpError(400, 'BAD_USER_INPUT', message);

/** Collects the bind parameters of one statement: each value becomes `$n` cast as the column compared with it needs. */
export class SqlParameters {
  readonly values: unknown[] = [];
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

/** The column a member expression names, from the dataset's whitelist; anything else is refused. */
export function columnOf(dataset: BiDataset, node: Node): BiColumn | null {
  let current: Node | undefined = node;
  while (current && ['CommonExpression', 'FirstMemberExpression', 'MemberExpression', 'PropertyPathExpression'].includes(current.type)) current = current.value as Node;
  if (current?.type !== 'ODataIdentifier') return null;
  const name = (current.value as { name: string }).name;
  const column = dataset.columns.find((c) => c.name === name);
  if (!column) throw badQuery(`$filter/$orderby 中的“${name}”不是数据集 ${dataset.name} 的列；可用的列：${dataset.columns.map((c) => c.name).join(', ')}`);
  return column;
}

const NUMBER_TYPES = new Set(['Edm.Byte', 'Edm.SByte', 'Edm.Int16', 'Edm.Int32', 'Edm.Int64', 'Edm.Decimal', 'Edm.Double', 'Edm.Single']);

/** What literal kinds a column of each type is compared with. */
function literalFits(column: BiColumn, literalType: string): boolean {
  switch (column.type) {
    case 'text':
      return literalType === 'Edm.String';
    case 'integer':
    case 'bigint':
    case 'decimal':
      return NUMBER_TYPES.has(literalType);
    case 'boolean':
      return literalType === 'Edm.Boolean';
    case 'date':
      return literalType === 'Edm.Date';
    case 'timestamp':
      return literalType === 'Edm.DateTimeOffset' || literalType === 'Edm.Date';
  }
}

/** A string literal's text: `'it''s'` → `it's`. */
function stringValue(raw: string): string {
  return raw.slice(1, -1).replaceAll("''", "'");
}

function literalValue(column: BiColumn, literal: Node): string {
  const type = literal.value as string;
  const raw = literal.raw ?? '';
  if (!literalFits(column, type)) throw badQuery(`列 ${column.name}（${column.type}）不能与 ${raw} 比较：值的类型不符`);
  return type === 'Edm.String' ? stringValue(raw) : raw;
}

const COMPARISONS: Record<string, { sql: string; flipped: string }> = {
  EqualsExpression: { sql: '=', flipped: '=' },
  NotEqualsExpression: { sql: '<>', flipped: '<>' },
  GreaterThanExpression: { sql: '>', flipped: '<' },
  GreaterOrEqualsExpression: { sql: '>=', flipped: '<=' },
  LesserThanExpression: { sql: '<', flipped: '>' },
  LesserOrEqualsExpression: { sql: '<=', flipped: '>=' },
};

const isLiteral = (node: Node) => node.type === 'Literal';

function comparison(dataset: BiDataset, node: Node, parameters: SqlParameters): string {
  const { left, right } = node.value as { left: Node; right: Node };
  const op = COMPARISONS[node.type];
  if (!op) throw badQuery(`不支持的比较：${node.raw ?? node.type}`);
  const [member, literal, sqlOp] = isLiteral(right) ? [left, right, op.sql] : isLiteral(left) ? [right, left, op.flipped] : [null, null, ''];
  const column = member ? columnOf(dataset, member) : null;
  if (!column || !literal) throw badQuery(`比较须是“列 运算符 值”：${node.raw ?? ''}`);
  const name = quoteIdentifier(column.name);
  if (literal.value === 'null') {
    if (node.type === 'EqualsExpression') return `${name} IS NULL`;
    if (node.type === 'NotEqualsExpression') return `${name} IS NOT NULL`;
    throw badQuery(`null 只能用 eq 或 ne 比较：${node.raw ?? ''}`);
  }
  return `${name} ${sqlOp} ${parameters.add(literalValue(column, literal), PARAMETER_CAST[column.type])}`;
}

const TEXT_METHODS: Record<string, (column: string, value: string) => string> = {
  contains: (column, value) => `strpos(${column}, ${value}) > 0`,
  startswith: (column, value) => `starts_with(${column}, ${value})`,
  endswith: (column, value) => `right(${column}, length(${value})) = ${value}`,
};

function methodCall(dataset: BiDataset, node: Node, parameters: SqlParameters): string {
  const { method, parameters: args } = node.value as { method: string; parameters: Node[] };
  const sql = TEXT_METHODS[method];
  if (!sql) throw badQuery(`不支持的函数 ${method}()：$filter 可用 contains、startswith、endswith`);
  const [member, literal] = args;
  const column = member ? columnOf(dataset, member) : null;
  if (!column || !literal || !isLiteral(literal) || args.length !== 2) throw badQuery(`${method}() 须是 ${method}(列, '文本')`);
  if (column.type !== 'text') throw badQuery(`${method}() 只用于文本列；${column.name} 是 ${column.type}`);
  return sql(`${quoteIdentifier(column.name)}`, parameters.add(literalValue(column, literal), 'text'));
}

function condition(dataset: BiDataset, node: Node, parameters: SqlParameters): string {
  const child = node.value as Node;
  const { left, right } = node.value as { left: Node; right: Node };
  switch (node.type) {
    case 'AndExpression':
      return `(${condition(dataset, left, parameters)} AND ${condition(dataset, right, parameters)})`;
    case 'OrExpression':
      return `(${condition(dataset, left, parameters)} OR ${condition(dataset, right, parameters)})`;
    case 'NotExpression':
      return `NOT (${condition(dataset, child, parameters)})`;
    case 'BoolParenExpression':
    case 'ParenExpression':
      return condition(dataset, child, parameters);
    case 'MethodCallExpression':
      return methodCall(dataset, node, parameters);
    case 'Literal':
      if (node.value === 'Edm.Boolean') return node.raw === 'true' ? 'TRUE' : 'FALSE';
      break;
    default:
      if (COMPARISONS[node.type]) return comparison(dataset, node, parameters);
      {
        const column = columnOf(dataset, node);
        if (column?.type === 'boolean') return `${quoteIdentifier(column.name)} IS TRUE`;
      }
  }
  throw badQuery(`$filter 中不支持“${node.raw ?? node.type}”：可用 eq ne gt ge lt le and or not、contains、startswith、endswith`);
}

/**
 * `$filter` as an SQL condition over the dataset's columns. The text is parsed by @odata/parser
 * (no grammar of our own); only whitelisted columns are named and every value is a bind parameter,
 * so nothing of the request is spliced into SQL. Anything else is refused with 400.
 */
export function filterCondition(dataset: BiDataset, filter: string, parameters: SqlParameters): string {
  let tree: Node;
  try {
    tree = defaultParser.filter(filter) as unknown as Node;
  } catch (error) {
    throw badQuery(`$filter 无法解析（${error instanceof Error ? error.message : String(error)}）：${filter}`);
  }
  return condition(dataset, tree, parameters);
}

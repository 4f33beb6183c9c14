import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Up to 18 digits before and 6 after the point: wide enough for yuan amounts, m² and kWh. */
const DECIMAL_PATTERN = /^-?\d{1,18}(\.\d{1,6})?$/;

function stringLiteral(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw new GraphQLError(`${scalar} 需要字符串`, { extensions: { code: 'BAD_USER_INPUT' } });
  return ast.value;
}

function badInput(message: string, refusal: { reason: string; params?: Record<string, string> } = { reason: 'INVALID_INPUT' }): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...refusal } });
}

/** The dates the hub takes: wide enough for any building's records and plans, narrow enough to catch a typed 0001 or 9999. */
export const DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

function withinDateRange(date: Date, shown: string): Date {
  const day = date.toISOString().slice(0, 10);
  if (day < DATE_RANGE.min || day > DATE_RANGE.max) throw badInput(`日期需在 ${DATE_RANGE.min} 至 ${DATE_RANGE.max} 之间：${shown}`, { reason: 'DATE_OUT_OF_RANGE', params: { ...DATE_RANGE } });
  return date;
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw badInput('DateTime 需要 ISO 8601 字符串');
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(`无效的时间：${value}`);
  return withinDateRange(date, value);
}

/** An instant, as an ISO 8601 string in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 in UTC, e.g. 2024-12-31T16:00:00.000Z',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast, 'DateTime')),
});

function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) throw badInput('Date 需要 YYYY-MM-DD 格式');
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw badInput(`无效的日期：${value}`);
  return withinDateRange(date, value);
}

/** A calendar date without time zone, YYYY-MM-DD (stored as PostgreSQL `date`, read as UTC midnight). */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString().slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(stringLiteral(ast, 'Date')),
});

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value)) throw badInput('Decimal 需要十进制数字字符串，例如 "1234.56"');
  return value;
}

/**
 * Exact decimal numbers (money, areas) as strings, so no client turns them into floats.
 * Serialises Prisma's Decimal (anything with a `toFixed`) or a string/bigint; inputs stay strings
 * and go to Prisma as they are.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "56400.00" (money is yuan)',
  serialize: (value) => {
    if (typeof value === 'string') return value;
    if (typeof value === 'bigint') return value.toString();
    if (value !== null && typeof value === 'object' && 'toFixed' in value) return String(value);
    throw new GraphQLError('Decimal 只能由精确数值输出');
  },
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(stringLiteral(ast, 'Decimal')),
});

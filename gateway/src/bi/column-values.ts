import type { BiColumnType } from '@jiguan/shared-schema/bi/dataset-catalogue';

/** Read every column as PostgreSQL's text, so the catalogue's type (not pg's defaults) decides its value. */
export const RAW_TEXT_TYPES = { getTypeParser: () => (value: string) => value };

/** A timestamp's text (with the session in UTC: `2024-01-31 08:00:00.5` or `…+00`) as a Date. */
function timestamp(raw: string): Date {
  const iso = raw.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  return new Date(/(Z|[+-]\d{2}:\d{2})$/.test(iso) ? iso : `${iso}Z`);
}

/** A cell value for the XLSX writer: numbers, dates and text (a boolean as 是/否 would not sort; true/false). */
export function excelValue(raw: string | null, type: BiColumnType): string | number | boolean | Date | null {
  if (raw === null) return null;
  switch (type) {
    case 'integer':
    case 'bigint':
    case 'decimal':
      return Number(raw);
    case 'boolean':
      return raw === 't' || raw === 'true';
    case 'date':
      return new Date(`${raw}T00:00:00Z`);
    case 'timestamp':
      return timestamp(raw);
    default:
      return raw;
  }
}

/**
 * A value of an OData JSON answer: Edm.Int64 and Edm.Decimal as strings when the client asked for
 * `IEEE754Compatible=true` (JavaScript clients, which would lose digits), numbers otherwise.
 */
export function odataValue(raw: string | null, type: BiColumnType, ieee754Compatible: boolean): string | number | boolean | null {
  if (raw === null) return null;
  switch (type) {
    case 'integer':
      return Number(raw);
    case 'bigint':
    case 'decimal':
      return ieee754Compatible ? raw : Number(raw);
    case 'boolean':
      return raw === 't' || raw === 'true';
    case 'timestamp':
      return timestamp(raw).toISOString();
    default:
      return raw;
  }
}

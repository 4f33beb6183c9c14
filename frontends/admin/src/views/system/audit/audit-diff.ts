import { BUREAU_TIME_ZONE } from '@jiguan/kit';

/*
 * The before/after of an audit record, field by field. The trail keeps each side as JSON text (null
 * when the record did not exist before, or no longer exists after); a field is shown with both
 * values written readably and marked when it changed.
 */

export type AuditFieldChange = 'added' | 'removed' | 'changed' | 'same';

export interface AuditDiffRow {
  field: string;
  /** The value before, written readably; null when the field (or the record) was not there. */
  before: string | null;
  after: string | null;
  change: AuditFieldChange;
}

/** The field a side that is not an object (a list, a number …) is shown under. */
export const WHOLE_VALUE = '';

function parse(json: string | null | undefined): unknown {
  if (json === null || json === undefined || json === '') return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    // Not JSON after all: shown as the text it is.
    return json;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Object keys sorted, so that two values equal but for their keys' order compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner) ? Object.fromEntries(Object.keys(inner).sort().map((key) => [key, inner[key]])) : inner,
  );
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const shanghaiSeconds = new Intl.DateTimeFormat('sv-SE', {
  timeZone: BUREAU_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * A value as a person reads it: a moment (the JSON of a date, in UTC) in Shanghai time to the
 * second, other text as it is, numbers and booleans plainly, lists and objects as indented JSON.
 */
export function readableValue(value: unknown): string | null {
  if (value === undefined) return null;
  if (value === null) return 'null';
  if (typeof value === 'string') return INSTANT.test(value) ? shanghaiSeconds.format(new Date(value)) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 2);
}

function sideFields(value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  return isRecord(value) ? value : { [WHOLE_VALUE]: value };
}

/** The fields of both sides (those before first, in their order, then those only after), each marked with its change. */
export function auditDiff(beforeJson: string | null | undefined, afterJson: string | null | undefined): AuditDiffRow[] {
  const before = sideFields(parse(beforeJson));
  const after = sideFields(parse(afterJson));
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => {
    const had = Object.hasOwn(before, field);
    const has = Object.hasOwn(after, field);
    const change: AuditFieldChange = !had ? 'added' : !has ? 'removed' : canonical(before[field]) === canonical(after[field]) ? 'same' : 'changed';
    return { field, before: had ? readableValue(before[field]) : null, after: has ? readableValue(after[field]) : null, change };
  });
}

/** The names of the fields that changed, for the row's summary (e.g. "roles, dataScope"). */
export function changedFields(rows: readonly AuditDiffRow[]): string[] {
  return rows.filter((row) => row.change !== 'same').map((row) => row.field || WHOLE_VALUE);
}

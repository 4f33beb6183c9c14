import { describe, expect, it } from 'vitest';
import { auditDiff, changedFields, readableValue } from './audit-diff';

describe('auditDiff', () => {
  it('lists each field of both sides and marks the ones that changed', () => {
    const rows = auditDiff(
      JSON.stringify({ username: 'li.ming', roles: ['UNIT_USER'], dataScope: 'SELF', disabled: false }),
      JSON.stringify({ username: 'li.ming', roles: ['UNIT_USER', 'LEADER'], dataScope: 'ALL', disabled: false }),
    );
    expect(rows).toEqual([
      { field: 'username', before: 'li.ming', after: 'li.ming', change: 'same' },
      { field: 'roles', before: '[\n  "UNIT_USER"\n]', after: '[\n  "UNIT_USER",\n  "LEADER"\n]', change: 'changed' },
      { field: 'dataScope', before: 'SELF', after: 'ALL', change: 'changed' },
      { field: 'disabled', before: 'false', after: 'false', change: 'same' },
    ]);
    expect(changedFields(rows)).toEqual(['roles', 'dataScope']);
  });

  it('shows a created record as all fields added and a deleted one as all removed', () => {
    expect(auditDiff(null, '{"name":"区审计局","parentId":null}')).toEqual([
      { field: 'name', before: null, after: '区审计局', change: 'added' },
      { field: 'parentId', before: null, after: 'null', change: 'added' },
    ]);
    expect(auditDiff('{"name":"区审计局"}', null)).toEqual([{ field: 'name', before: '区审计局', after: null, change: 'removed' }]);
    expect(auditDiff(null, null)).toEqual([]);
  });

  it('marks a field that appears or disappears between the sides', () => {
    expect(auditDiff('{"a":1,"gone":"x"}', '{"a":1,"new":{"k":2}}')).toEqual([
      { field: 'a', before: '1', after: '1', change: 'same' },
      { field: 'gone', before: 'x', after: null, change: 'removed' },
      { field: 'new', before: null, after: '{\n  "k": 2\n}', change: 'added' },
    ]);
  });

  it('takes nested objects equal but for their keys’ order as unchanged', () => {
    expect(auditDiff('{"scope":{"a":1,"b":2}}', '{"scope":{"b":2,"a":1}}')[0]?.change).toBe('same');
  });

  it('shows a side that is not an object, or not JSON, as one value', () => {
    expect(auditDiff('[1,2]', '[1,2,3]')).toEqual([{ field: '', before: '[\n  1,\n  2\n]', after: '[\n  1,\n  2,\n  3\n]', change: 'changed' }]);
    expect(auditDiff('not json', '"text"')).toEqual([{ field: '', before: 'not json', after: 'text', change: 'changed' }]);
  });

  it('writes values readably', () => {
    expect(readableValue('2026-12-07T16:30:05.123Z')).toBe('2026-12-08 00:30:05');
    expect(readableValue('2026-12-07')).toBe('2026-12-07');
    expect(readableValue(12.5)).toBe('12.5');
    expect(readableValue(null)).toBe('null');
    expect(readableValue(undefined)).toBeNull();
  });
});

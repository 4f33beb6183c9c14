import type { BiColumn, BiTitle } from './dataset-catalogue.ts';

/**
 * Columns that recur across the subgraphs' datasets, titled once: a row's id and timestamps, a
 * unit as its three columns, an enum as its code and label.
 */

export const idColumn: BiColumn = { name: 'id', type: 'text', title: { 'zh-CN': '标识', en: 'ID' } };
export const createdAtColumn: BiColumn = { name: 'created_at', type: 'timestamp', title: { 'zh-CN': '创建时间', en: 'Created at' } };
export const updatedAtColumn: BiColumn = { name: 'updated_at', type: 'timestamp', title: { 'zh-CN': '更新时间', en: 'Updated at' } };

const UNIT: BiTitle = { 'zh-CN': '单位', en: 'Unit' };

/**
 * A unit as `<prefix>_id` (the directory's Organization id), `<prefix>_code` (its code: the key
 * BI tools join on) and `<prefix>_name`; `title` says which unit it is (产权单位, 接收单位 …).
 */
export function unitColumns(prefix = 'unit', title: BiTitle = UNIT): BiColumn[] {
  return [
    { name: `${prefix}_id`, type: 'text', title: { 'zh-CN': `${title['zh-CN']}标识`, en: `${title.en} ID` }, description: 'The directory Organization id.' },
    { name: `${prefix}_code`, type: 'text', title: { 'zh-CN': `${title['zh-CN']}代码`, en: `${title.en} code` }, description: 'The unit code (Organization.code), the join key to directory_units.' },
    { name: `${prefix}_name`, type: 'text', title: { 'zh-CN': `${title['zh-CN']}名称`, en: `${title.en} name` } },
  ];
}

/** An enum as its stable code (`status`: `APPROVED`) and its zh-CN label (`status_label`: 已批准). */
export function enumColumns(name: string, title: BiTitle): BiColumn[] {
  return [
    { name, type: 'text', title: { 'zh-CN': `${title['zh-CN']}代码`, en: `${title.en} code` } },
    { name: `${name}_label`, type: 'text', title, description: 'The code\'s label in zh-CN.' },
  ];
}

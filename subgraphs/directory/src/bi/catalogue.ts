import { enumColumns, idColumn, unitColumns, updatedAtColumn } from '@jiguan/shared-schema/bi/catalogue-columns';
import type { BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';

/**
 * The directory's BI datasets, the dimensions every domain's datasets join to: the unit tree,
 * people and dates (views of `bi/migrations/`, schema bi_directory). `tests/bi/catalogue.test.ts`
 * fails while a view's columns and this list differ.
 */
export const directoryCatalogue: BiDataset[] = [
  {
    name: 'directory_units',
    owner: 'directory',
    view: 'bi_directory.units',
    title: { 'zh-CN': '单位', en: 'Units' },
    description:
      'The unit tree (单位 and their internal sections): one row per unit with its code (the key every dataset joins on), kind, parent and depth. Open to every reader, as in the GraphQL schema.',
    columns: [
      idColumn,
      { name: 'code', type: 'text', title: { 'zh-CN': '单位代码', en: 'Code' } },
      { name: 'name', type: 'text', title: { 'zh-CN': '单位名称', en: 'Name' } },
      { name: 'short_name', type: 'text', title: { 'zh-CN': '简称', en: 'Short name' } },
      ...enumColumns('kind', { 'zh-CN': '单位性质', en: 'Kind' }),
      { name: 'parent_id', type: 'text', title: { 'zh-CN': '上级单位标识', en: 'Parent ID' } },
      { name: 'parent_code', type: 'text', title: { 'zh-CN': '上级单位代码', en: 'Parent code' } },
      { name: 'depth', type: 'integer', title: { 'zh-CN': '层级', en: 'Depth' }, description: '0 for the root of the tree.' },
      { name: 'path', type: 'text', title: { 'zh-CN': '层级路径', en: 'Path' }, description: 'The codes from the root down to the unit, joined by "/".' },
      { name: 'under_agency_bookkeeping', type: 'boolean', title: { 'zh-CN': '代理记账', en: 'Under agency bookkeeping' } },
      { name: 'sort_order', type: 'integer', title: { 'zh-CN': '排序', en: 'Sort order' } },
      updatedAtColumn,
    ],
    keyColumns: ['id'],
    changeColumn: 'updated_at',
  },
  {
    name: 'directory_people',
    owner: 'directory',
    view: 'bi_directory.people',
    title: { 'zh-CN': '人员', en: 'People' },
    description: 'One row per person on file: name, unit, position and rank only (no phone or other personal data).',
    columns: [
      idColumn,
      { name: 'name', type: 'text', title: { 'zh-CN': '姓名', en: 'Name' } },
      ...unitColumns(),
      { name: 'position', type: 'text', title: { 'zh-CN': '职务', en: 'Position' } },
      ...enumColumns('rank', { 'zh-CN': '职级', en: 'Rank' }),
      updatedAtColumn,
    ],
    keyColumns: ['id'],
    unitColumn: 'unit_code',
    changeColumn: 'updated_at',
  },
  {
    name: 'directory_dates',
    owner: 'directory',
    view: 'bi_directory.dates',
    title: { 'zh-CN': '日期', en: 'Dates' },
    description: 'A date dimension, one row per day from 2015-01-01 to 2035-12-31, with its year, quarter, month, ISO weekday and zh-CN labels.',
    columns: [
      { name: 'date', type: 'date', title: { 'zh-CN': '日期', en: 'Date' } },
      { name: 'year', type: 'integer', title: { 'zh-CN': '年', en: 'Year' } },
      { name: 'quarter', type: 'integer', title: { 'zh-CN': '季度', en: 'Quarter' } },
      { name: 'month', type: 'integer', title: { 'zh-CN': '月', en: 'Month' } },
      { name: 'day', type: 'integer', title: { 'zh-CN': '日', en: 'Day' } },
      { name: 'weekday', type: 'integer', title: { 'zh-CN': '星期', en: 'Weekday' }, description: 'ISO: 1 Monday … 7 Sunday.' },
      { name: 'iso_week', type: 'integer', title: { 'zh-CN': '周次', en: 'ISO week' } },
      { name: 'year_label', type: 'text', title: { 'zh-CN': '年（名称）', en: 'Year label' } },
      { name: 'quarter_label', type: 'text', title: { 'zh-CN': '季度（名称）', en: 'Quarter label' } },
      { name: 'month_label', type: 'text', title: { 'zh-CN': '月（名称）', en: 'Month label' } },
      { name: 'weekday_label', type: 'text', title: { 'zh-CN': '星期（名称）', en: 'Weekday label' } },
      { name: 'is_weekend', type: 'boolean', title: { 'zh-CN': '周末', en: 'Weekend' } },
    ],
    keyColumns: ['date'],
    dateColumn: 'date',
  },
];

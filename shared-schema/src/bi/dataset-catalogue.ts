/**
 * The contract between a subgraph's BI views and everyone who reads them (the gateway's exports and
 * OData feed, the catalogue at GET /bi/datasets, the BI tools on a PostgreSQL connection). Each
 * subgraph lists its datasets in `src/bi/catalogue.ts` and serves them at `GET /bi/catalogue`; its
 * BI migrations (`bi/migrations/`, applied into the schema `bi_<subgraph>`) create the views; a
 * test in the subgraph fails when a view's columns and the catalogue differ. See docs/bi.md.
 */

/** A title in the hub's two languages. */
export interface BiTitle {
  'zh-CN': string;
  en: string;
}

/** Column types as the exports, OData (`Edm.*`) and the contract test know them. */
export type BiColumnType = 'text' | 'integer' | 'bigint' | 'decimal' | 'boolean' | 'date' | 'timestamp';

export interface BiColumn {
  /** The view's column name: English, snake_case, stable. */
  name: string;
  type: BiColumnType;
  title: BiTitle;
  description?: string;
}

export interface BiDataset {
  /** `<subgraph>_<view>`, e.g. `assets_buildings`: the name in URLs and the OData entity set. */
  name: string;
  /** The subgraph that owns it (`assets`, `directory` …). */
  owner: string;
  /** Schema-qualified view, e.g. `bi_assets.buildings`. */
  view: string;
  title: BiTitle;
  description: string;
  columns: BiColumn[];
  /** Columns that together identify a row: the stable order of exports and OData paging, and the OData key. */
  keyColumns: string[];
  /** The column holding the unit code the row belongs to, when rows belong to units (scope and `?unit=`). */
  unitColumn?: string;
  /** The column `?from=`/`?to=` filter on (a date or timestamp). */
  dateColumn?: string;
  /** The column `?since=` pulls increments on (the row's last change, a timestamp). */
  changeColumn?: string;
}

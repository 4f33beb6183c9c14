import type { BiColumnType, BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';

export const ODATA_NAMESPACE = 'JiguanHub.BI';

export const EDM_TYPE: Record<BiColumnType, string> = {
  text: 'Edm.String',
  integer: 'Edm.Int32',
  bigint: 'Edm.Int64',
  decimal: 'Edm.Decimal',
  boolean: 'Edm.Boolean',
  date: 'Edm.Date',
  timestamp: 'Edm.DateTimeOffset',
};

const xml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The column's title, shown by tools that read Core.Description (Excel and Power BI show the names). */
function description(text: string): string {
  return `<Annotation Term="Core.Description" String="${xml(text)}"/>`;
}

/** `$metadata`: the EDMX (CSDL XML, OData 4.0) of the datasets, one entity type and set each, keyed by its keyColumns. */
export function edmx(datasets: BiDataset[]): string {
  const types = datasets.map((d) => {
    const keys = new Set(d.keyColumns);
    const properties = d.columns.map((c) => {
      const facets = c.type === 'decimal' ? ' Scale="variable"' : '';
      const nullable = keys.has(c.name) ? ' Nullable="false"' : '';
      return `<Property Name="${xml(c.name)}" Type="${EDM_TYPE[c.type]}"${nullable}${facets}>${description(`${c.title['zh-CN']}（${c.title.en}）`)}</Property>`;
    });
    return [
      `<EntityType Name="${xml(d.name)}">`,
      `<Key>${d.keyColumns.map((k) => `<PropertyRef Name="${xml(k)}"/>`).join('')}</Key>`,
      ...properties,
      description(`${d.title['zh-CN']}（${d.title.en}）：${d.description}`),
      '</EntityType>',
    ].join('');
  });
  const sets = datasets.map((d) => `<EntitySet Name="${xml(d.name)}" EntityType="${ODATA_NAMESPACE}.${xml(d.name)}"/>`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx" Version="4.0">',
    '<edmx:Reference Uri="https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Core.V1.xml">',
    '<edmx:Include Namespace="Org.OData.Core.V1" Alias="Core"/>',
    '</edmx:Reference>',
    '<edmx:DataServices>',
    `<Schema xmlns="http://docs.oasis-open.org/odata/ns/edm" Namespace="${ODATA_NAMESPACE}">`,
    ...types,
    `<EntityContainer Name="Container">${sets.join('')}</EntityContainer>`,
    '</Schema>',
    '</edmx:DataServices>',
    '</edmx:Edmx>',
  ].join('\n');
}

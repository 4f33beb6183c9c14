/** Where every subgraph serves its BI datasets' catalogue (`{"datasets": BiDataset[]}`), beside its /graphql. */
export const BI_CATALOGUE_PATH = '/bi/catalogue';

import { biCatalogueContractTests } from '@jiguan/runner/testing/bi-dataset-tests';
import { financeCatalogue } from '../../src/bi/catalogue.ts';

// The views of bi_finance are the catalogue's datasets, column for column.
biCatalogueContractTests('bi_finance', financeCatalogue);

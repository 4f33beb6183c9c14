import { biCatalogueContractTests } from '@jiguan/runner/testing/bi-dataset-tests';
import { partyCatalogue } from '../../src/bi/catalogue.ts';

// The views of bi_party are the catalogue's datasets, column for column.
biCatalogueContractTests('bi_party', partyCatalogue);

import { biCatalogueContractTests } from '@jiguan/runner/testing/bi-dataset-tests';
import { servicesCatalogue } from '../../src/bi/catalogue.ts';

// The views of bi_services are the catalogue's datasets, column for column.
biCatalogueContractTests('bi_services', servicesCatalogue);

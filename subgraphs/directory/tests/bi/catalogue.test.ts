import { biCatalogueContractTests } from '@jiguan/runner/testing/bi-dataset-tests';
import { directoryCatalogue } from '../../src/bi/catalogue.ts';

// The views of bi_directory are the catalogue's datasets, column for column.
biCatalogueContractTests('bi_directory', directoryCatalogue);

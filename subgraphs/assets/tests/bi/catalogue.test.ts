import { biCatalogueContractTests } from '@jiguan/runner/testing/bi-dataset-tests';
import { assetsCatalogue } from '../../src/bi/catalogue.ts';

// The views of bi_assets are the catalogue's datasets, column for column.
biCatalogueContractTests('bi_assets', assetsCatalogue);

import { biScopeTests } from '@jiguan/runner/testing/bi-dataset-tests';
import { assetsCatalogue } from '../../src/bi/catalogue.ts';

// Every unit-scoped view of bi_assets shows a scoped reader exactly its units' rows.
biScopeTests(assetsCatalogue);

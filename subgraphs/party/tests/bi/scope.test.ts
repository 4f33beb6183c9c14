import { biScopeTests } from '@jiguan/runner/testing/bi-dataset-tests';
import { partyCatalogue } from '../../src/bi/catalogue.ts';

// Every unit-scoped view of bi_party shows a scoped reader exactly its units' rows.
biScopeTests(partyCatalogue);

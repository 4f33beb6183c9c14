import { biScopeTests } from '@jiguan/runner/testing/bi-dataset-tests';
import { directoryCatalogue } from '../../src/bi/catalogue.ts';

// Every unit-scoped view of bi_directory shows a scoped reader exactly its units' rows.
biScopeTests(directoryCatalogue);

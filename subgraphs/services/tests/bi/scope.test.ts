import { biScopeTests } from '@jiguan/runner/testing/bi-dataset-tests';
import { servicesCatalogue } from '../../src/bi/catalogue.ts';

// A unit's BI login sees exactly its unit's bookings, visits, work orders and feedback.
biScopeTests(servicesCatalogue);

import { testHub } from '@jiguan/runner/testing/test-hub';
import { expect, it } from 'vitest';
import { directoryCatalogue } from '../../src/bi/catalogue.ts';

it('serves its BI datasets at GET /bi/catalogue, beside its /graphql', async () => {
  const response = await fetch(new URL('/bi/catalogue', testHub().subgraphUrls.directory));
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ datasets: directoryCatalogue });
});

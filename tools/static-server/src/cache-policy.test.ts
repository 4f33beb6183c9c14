import { describe, expect, it } from 'vitest';
import { cacheControlFor } from './cache-policy.ts';

describe('cacheControlFor', () => {
  it.each(['index.html', 'mf-manifest.json', 'mf-stats.json', 'remoteEntry.js', 'remoteEntry.ssr.js', 'assets/locale-Ab12Cd34.json'])(
    'revalidates the entry point %s every time',
    (path) => expect(cacheControlFor(path)).toBe('no-cache'),
  );

  it.each(['assets/index-BVh0mJY3.js', 'assets/App-DQHdb4S6.css', 'assets/_virtual_mf___prebuild__vue__prebuild__-Da6UhQcm.js'])(
    'caches the hashed chunk %s for a year',
    (path) => expect(cacheControlFor(path)).toBe('public, max-age=31536000, immutable'),
  );

  it('revalidates files without a content hash', () => {
    expect(cacheControlFor('robots.txt')).toBe('no-cache');
  });
});

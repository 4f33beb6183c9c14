/** Vite's content hash in a file name: `index-BVh0mJY3.js`, `App-DQHdb4S6.css`. */
const hashedName = /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/** A file whose name never changes between builds must be revalidated on every load. */
const entryPoint = /(^|\/)(index\.html|remoteEntry[^/]*\.js|[^/]+\.json)$/;

/**
 * The Cache-Control of a file of the build, by its path relative to dist/. Entry points (the page,
 * the federation manifest and remote entries, any JSON) are revalidated every time, so a redeployed
 * remote is picked up at once; hashed chunks never change and are cached for a year. Anything else
 * is revalidated too, which is always correct.
 */
export function cacheControlFor(relativePath: string): string {
  if (!entryPoint.test(relativePath) && hashedName.test(relativePath)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

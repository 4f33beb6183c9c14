import { resolve } from 'node:path';

/** The bench project (its own npm project inside the repo). */
export const BENCH_ROOT = resolve(import.meta.dirname, '../..');
/** The repository whose hub is measured. */
export const REPO_ROOT = resolve(BENCH_ROOT, '..');
export const RESULTS_DIR = resolve(BENCH_ROOT, 'results');
/** tsx is the repo's: every TypeScript process here runs as `node --import tsx`, as the hub's own do. */
export const TSX = ['--import', 'tsx'];

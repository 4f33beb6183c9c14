import { resolve } from 'node:path';

/** e2e/artifacts/: logs and screenshots of the last run (ignored by git). */
export const artifactsDir = resolve(import.meta.dirname, '../artifacts');

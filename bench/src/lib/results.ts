import { mkdir, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { machineInfo } from './machine.ts';
import { RESULTS_DIR } from './paths.ts';

/**
 * Writes `bench/results/<name>.json`: the machine, the settings and the figures, written to a .tmp
 * file first so an interrupted run never leaves half a result.
 */
export async function writeResult(name: string, result: { settings: Record<string, unknown>; figures: unknown; notes?: string[] }): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = resolve(RESULTS_DIR, `${name}.json`);
  const body = { benchmark: name, date: new Date().toISOString(), machine: machineInfo(), ...result };
  await writeFile(`${file}.tmp`, `${JSON.stringify(body, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
  return file;
}

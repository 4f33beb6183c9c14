import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir } from './artifacts-dir.ts';

/** Saves what the page shows to e2e/artifacts/<name>.png, to look at after a run. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

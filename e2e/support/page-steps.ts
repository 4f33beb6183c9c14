import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './screenshot.ts';

/** Waits (up to 10 s) until no table, board or chart of the page shows its loading mask, the pointer off the rows so none shows hovered: before a screenshot. */
export async function settled(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await expect
    .poll(() => page.locator('[class*=loading-mask]:visible').count(), { timeout: 10_000 })
    .toBe(0)
    .catch(() => undefined);
}

/**
 * A screenshot of the whole page at 1440 px wide: the shell scrolls inside its content area, so the
 * window is made as tall as what scrolls there (a full-page shot would stop at the window).
 */
export async function wholePage(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('body *'), (element) => element.scrollHeight)));
  await page.setViewportSize({ width: 1440, height: Math.min(Math.max(height + 80, 900), 4000) });
  await settled(page);
  await screenshot(page, name);
  await page.setViewportSize({ width: 1440, height: 900 });
}

/**
 * Opens a page of a remote's area from the remote's own navigation, as a person does; with the
 * module's title, from the shell's menu first when the area is not on screen.
 */
export async function openRemotePage(page: Page, remote: string, title: string, moduleTitle?: string): Promise<void> {
  const app = page.getByTestId(`${remote}-app`);
  if (moduleTitle && !(await app.isVisible())) await page.getByRole('menuitem', { name: moduleTitle }).click();
  await app.getByRole('menuitem', { name: title, exact: true }).click();
}

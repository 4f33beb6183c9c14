import type { Page } from 'playwright-core';

/** The demo administrator of the seed. */
export const admin = { username: 'admin', password: 'Admin@2024' };

/** Logs in on the login page `page` is on, the way a person does. */
export async function logIn(page: Page, user = admin): Promise<void> {
  await page.locator('input[name=username]').fill(user.username);
  await page.locator('input[name=password]').fill(user.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

import type { SupervisedProcess } from '@jiguan/runner/supervised-process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../support/e2e-context.ts';
import { launchBrowser } from '../support/launch-browser.ts';
import { logIn } from '../support/log-in.ts';
import { screenshot } from '../support/screenshot.ts';
import { serveFrontend } from '../support/serve-frontend.ts';

const e2e = inject('e2e');

describe('the admin remote on its own', () => {
  let admin: SupervisedProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    admin = await serveFrontend({ name: 'admin', dist: e2e.adminDist, port: e2e.adminPort, gatewayOrigin: e2e.gatewayOrigin, logDir: e2e.logDir });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await admin?.stop();
  });

  it('has its own login and shows the accounts after it', async () => {
    await page.goto(`${e2e.adminUrl}/admin/accounts`);
    await page.waitForURL(/\/login/);
    await logIn(page);

    await page.getByTestId('accounts-table').getByText('admin', { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/accounts');
    await screenshot(page, 'admin-standalone-accounts');
  });

  it('says 无权访问 to an account of another department, at the address it opened, with no administration on screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const assetsPage = await context.newPage();
    await assetsPage.goto(`${e2e.adminUrl}/admin/units`);
    await assetsPage.waitForURL(/\/login/);
    await logIn(assetsPage, { username: 'assets', password: 'Demo@2024' });
    await assetsPage.getByTestId('forbidden-page').getByText('无权访问').waitFor();
    expect(new URL(assetsPage.url()).pathname).toBe('/admin/units');
    expect(await assetsPage.getByTestId('units-table').count()).toBe(0);
    await screenshot(assetsPage, 'admin-standalone-forbidden');
    await context.close();
  });
});

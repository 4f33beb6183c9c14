import type { SupervisedProcess } from '@jiguan/runner/supervised-process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import '../support/e2e-context.ts';
import { launchBrowser } from '../support/launch-browser.ts';
import { logIn } from '../support/log-in.ts';
import { screenshot } from '../support/screenshot.ts';
import { serveFrontend } from '../support/serve-frontend.ts';

const e2e = inject('e2e');

describe('with the admin remote down', () => {
  let browser: Browser;
  let page: Page;
  let admin: SupervisedProcess | undefined;

  beforeAll(async () => {
    // Nothing serves the admin remote: every scenario starts and stops its own server.
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await admin?.stop();
  });

  it('still logs in and shows the fallback in the admin area only', async () => {
    await page.goto(`${e2e.shellUrl}/admin/units`);
    await page.waitForURL(/\/login/);
    await logIn(page);

    await page.getByText('系统管理 暂时无法加载').waitFor();
    await page.getByRole('button', { name: '重试' }).waitFor();
    await screenshot(page, 'shell-admin-down');

    // The rest of the shell keeps working, and the area still fails alone when opened again.
    await page.getByRole('menuitem', { name: '首页' }).click();
    await page.getByText(/^欢迎，/).waitFor();
    // Its card on the home page says so before anyone opens it.
    await page.locator('a.home__module[data-module="admin"]').getByTestId('module-unreachable').waitFor();
    await screenshot(page, 'shell-home-admin-down');
    await page.getByRole('menuitem', { name: '系统管理' }).click();
    await page.getByText('系统管理 暂时无法加载').waitFor();
  });

  it('loads the remote on retry once it is back', async () => {
    admin = await serveFrontend({ name: 'admin', dist: e2e.adminDist, port: e2e.adminPort, gatewayOrigin: e2e.gatewayOrigin, logDir: e2e.logDir });
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByTestId('units-table').getByText('松江区机关事务管理局', { exact: true }).waitFor();
  });
});

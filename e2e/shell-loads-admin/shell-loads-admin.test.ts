import { sharedSingletons } from '@jiguan/kit/build/shared-singletons';
import type { SupervisedProcess } from '@jiguan/runner/supervised-process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../support/e2e-context.ts';
import { launchBrowser } from '../support/launch-browser.ts';
import { logIn } from '../support/log-in.ts';
import { recordScripts } from '../support/record-scripts.ts';
import { readSharedScope } from '../support/shared-scope.ts';
import { screenshot } from '../support/screenshot.ts';
import { serveFrontend } from '../support/serve-frontend.ts';

const e2e = inject('e2e');

/** Vue's runtime sets this on every app's container; no other library has the string. */
const vueRuntimeMarker = '__vue_app__';

describe('the shell loads the admin remote at run time', () => {
  let admin: SupervisedProcess;
  let browser: Browser;
  let page: Page;
  let scripts: ReturnType<typeof recordScripts>;

  beforeAll(async () => {
    admin = await serveFrontend({ name: 'admin', dist: e2e.adminDist, port: e2e.adminPort, gatewayOrigin: e2e.gatewayOrigin, logDir: e2e.logDir });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    scripts = recordScripts(page);
  });

  afterAll(async () => {
    await browser?.close();
    await admin?.stop();
  });

  it('logs in through the shell and shows the units in 系统管理', async () => {
    await page.goto(e2e.shellUrl);
    await page.waitForURL(/\/login/);
    await logIn(page);
    await page.getByRole('menuitem', { name: '系统管理' }).click();

    const units = page.getByTestId('units-table');
    await units.getByText('松江区机关事务管理局', { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/units');
    // The tab names the page, then the hub.
    expect(await page.title()).toBe('单位 - 智慧机管');
    await screenshot(page, 'shell-admin-units');
  });

  it('runs a single Vue, shared with the remote', async () => {
    const loaded = await scripts.loaded();
    const vueRuntimes = loaded.filter((script) => script.body.includes(vueRuntimeMarker)).map((script) => script.url);
    expect(vueRuntimes).toHaveLength(1);
    expect(vueRuntimes[0]?.startsWith(e2e.shellUrl)).toBe(true);
    // The remote's JavaScript did load: it just brought no Vue of its own.
    expect(loaded.some((script) => script.url.startsWith(e2e.adminUrl))).toBe(true);

    const adminShares = (await readSharedScope(page)).filter((shared) => shared.instance === 'admin');
    expect(adminShares.map((shared) => shared.name).sort()).toEqual([...sharedSingletons].sort());
    for (const shared of adminShares) expect(shared, shared.name).toMatchObject({ from: 'shell', loaded: true });

    expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((element) => '__vue_app__' in element).length)).toBe(1);
  });

  it('switches the remote with the shell language: one i18n, one app', async () => {
    await page.getByTestId('locale-switch').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByTestId('admin-app').getByRole('menuitem', { name: 'Units' }).waitFor();
    await page.getByTestId('units-table').getByText('Party or government organ').first().waitFor();

    await page.getByTestId('locale-switch').click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByTestId('admin-app').getByRole('menuitem', { name: '单位' }).waitFor();
  });

  it('pages through the people list', async () => {
    await page.getByTestId('admin-app').getByRole('menuitem', { name: '人员' }).click();
    const people = page.getByTestId('people-table');
    await people.locator('tbody tr').first().waitFor();
    const firstPage = await people.locator('tbody tr').first().innerText();
    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByText(/第 2 \/ \d+ 页/).waitFor();
    expect(await people.locator('tbody tr').first().innerText()).not.toBe(firstPage);
  });

  it('logs out to the login page', async () => {
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
  });

  it('says 无权访问 in the shell for a module the account may not open, not 页面不存在', async () => {
    await page.goto(`${e2e.shellUrl}/admin/accounts`);
    await page.waitForURL(/\/login/);
    await logIn(page, { username: 'assets', password: 'Demo@2024' });
    await page.getByTestId('forbidden-page').getByText('无权访问').waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/accounts');
    await page.goto(`${e2e.shellUrl}/admin`);
    await page.getByTestId('forbidden-page').waitFor();
    await screenshot(page, 'shell-admin-forbidden');
  });
});

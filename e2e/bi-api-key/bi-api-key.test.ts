import type { SupervisedProcess } from '@jiguan/runner/supervised-process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../support/e2e-context.ts';
import { launchBrowser } from '../support/launch-browser.ts';
import { logIn } from '../support/log-in.ts';
import { screenshot } from '../support/screenshot.ts';
import { serveFrontend } from '../support/serve-frontend.ts';

const e2e = inject('e2e');

describe('an administrator creates a BI API key in 系统管理 → BI 接入, and a download with it returns the rows', () => {
  let admin: SupervisedProcess;
  let browser: Browser;
  let page: Page;
  let key: string;
  const name = `e2e Power BI ${Date.now().toString(36)}`;

  beforeAll(async () => {
    admin = await serveFrontend({ name: 'admin', dist: e2e.adminDist, port: e2e.adminPort, gatewayOrigin: e2e.gatewayOrigin, logDir: e2e.logDir });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.adminUrl });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await admin?.stop();
  });

  it('checks the form, then creates the key and shows it once, with a copy button', async () => {
    await page.goto(`${e2e.adminUrl}/admin/bi`);
    await page.waitForURL(/\/login/);
    await logIn(page);
    await page.getByRole('tab', { name: 'BI 接口密钥' }).waitFor();

    await page.getByTestId('create-api-key').click();
    const form = page.getByTestId('create-api-key-form');
    const datasets = form.getByTestId('api-key-datasets');
    /** Types a dataset name into the select and takes it with Enter, as a person does. */
    const addDataset = async (dataset: string) => {
      await datasets.click();
      await page.keyboard.type(dataset);
      await page.getByRole('option', { name: dataset, exact: true }).waitFor();
      await page.keyboard.press('Enter');
    };
    // A name that is no <subgraph>_<view> is refused before anything is sent.
    await addDataset('Directory Units');
    await page.getByTestId('submit-api-key').click();
    await form.getByText('数据集名称须为 <子图>_<视图>').waitFor();
    // Backspace in the empty select takes the last name off again.
    await datasets.click();
    await page.keyboard.press('Backspace');

    await form.locator('input[name=name]').fill(name);
    await addDataset('directory_units');
    await page.getByTestId('submit-api-key').click();

    // Element Plus puts the attributes of an ElInput on its <input>.
    const secret = page.getByTestId('api-key-secret');
    await secret.waitFor();
    key = await secret.inputValue();
    expect(key).toMatch(/^jgk_[0-9a-f-]{36}_[A-Za-z0-9_-]{43}$/);
    await page.getByText('关闭后将无法再次查看').waitFor();
    await page.getByTestId('copy-api-key').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await screenshot(page, 'bi-api-key-secret');

    await page.getByTestId('close-api-key-secret').click();
    const row = page.getByTestId('api-keys-table').locator('tbody tr', { hasText: name });
    await row.getByText('有效').waitFor();
    expect(await row.innerText()).toContain('directory_units');
    expect(await row.innerText()).toContain('全部单位');
    // The key is not shown again anywhere on the page.
    expect(await page.content()).not.toContain(key.slice(-20));
    await screenshot(page, 'bi-api-key-list');
  });

  it('downloads a dataset from the gateway with the key', async () => {
    // The gateway's export (issue 16, part "gateway"), asked as a BI tool asks: with the key as a bearer token.
    const response = await fetch(`${e2e.gatewayOrigin}/bi/datasets/directory_units.csv`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    // A header, then one line a unit of the demo directory (松江区机关事务管理局 among them).
    expect(lines.length).toBeGreaterThan(40);
    expect(lines.some((line) => line.includes('SJ-JGSWGLJ'))).toBe(true);
  });

  it('revokes the key after a confirmation', async () => {
    const row = page.getByTestId('api-keys-table').locator('tbody tr', { hasText: name });
    await row.getByTestId('api-key-REVOKE').click();
    await page.getByRole('button', { name: '吊销' }).last().click();
    await row.getByText('已吊销').waitFor();
    expect(await row.getByTestId('api-key-REVOKE').count()).toBe(0);
    await screenshot(page, 'bi-api-key-revoked');
  });

  it('refuses a download with the revoked key at once', async () => {
    const response = await fetch(`${e2e.gatewayOrigin}/bi/datasets/directory_units.csv`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.status).toBe(401);
  });

  it('shows the database logins on their tab', async () => {
    const answered = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('BiDatabaseLogins'));
    await page.getByRole('tab', { name: '数据库登录' }).click();
    const answer = (await (await answered).json()) as { data?: { biDatabaseLogins: unknown[] } | null; errors?: { extensions?: { reason?: string } }[] };
    await page.getByTestId('create-database-login').waitFor();
    expect(answer.errors).toBeUndefined();
    await expect.poll(() => page.getByTestId('database-logins-table').locator('tbody tr').count()).toBe(answer.data?.biDatabaseLogins.length);
    await screenshot(page, 'bi-database-logins');
  });
});

import type { SupervisedProcess } from '@jiguan/runner/supervised-process';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../support/e2e-context.ts';
import { launchBrowser } from '../support/launch-browser.ts';
import { logIn } from '../support/log-in.ts';
import { screenshot } from '../support/screenshot.ts';
import { serveFrontend } from '../support/serve-frontend.ts';

const e2e = inject('e2e');

/** The demo assets officer, who filed the seed's disposals (so may not decide them), and the administrator. */
const assetsOfficer = { username: 'assets', password: 'Demo@2024' };

/** Shows only the disposals in `status` (its label, e.g. 草稿) and waits for the table to settle on them. */
async function filterByStatus(page: Page, status: string): Promise<Locator> {
  await page.getByTestId('disposal-status-filter').click();
  await page.getByRole('option', { name: status, exact: true }).click();
  const table = page.getByTestId('disposals-table');
  await expect.poll(async () => new Set(await table.locator('tbody tr td:nth-child(8)').allInnerTexts())).toEqual(new Set([status]));
  return table;
}

async function openDisposals(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '资产管理' }).click();
  await page.getByTestId('assets-app').getByRole('menuitem', { name: '资产处置', exact: true }).click();
  await page.getByTestId('disposals-table').locator('tbody tr').first().waitFor();
}

describe('a disposal goes through its steps, each offered by the server to whom may take it', () => {
  let assets: SupervisedProcess;
  let browser: Browser;
  let page: Page;
  let code: string;
  const reason = `材料齐全，提交审批 e2e-${Date.now().toString(36)}`;

  beforeAll(async () => {
    assets = await serveFrontend({ name: 'assets', dist: e2e.assetsDist, port: e2e.assetsPort, gatewayOrigin: e2e.gatewayOrigin, logDir: e2e.logDir });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await assets?.stop();
  });

  it('offers the officer no decision on what they submitted themselves (four eyes)', async () => {
    await page.goto(e2e.shellUrl);
    await page.waitForURL(/\/login/);
    await logIn(page, assetsOfficer);
    await openDisposals(page);
    const submitted = await filterByStatus(page, '已提交');
    expect(await submitted.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await submitted.getByTestId('disposal-approve').count()).toBe(0);
    expect(await submitted.getByTestId('disposal-reject').count()).toBe(0);
  });

  it('asks for the reason, then submits a draft', async () => {
    const drafts = await filterByStatus(page, '草稿');
    const draft = drafts.locator('tbody tr', { has: page.getByTestId('disposal-submit') }).first();
    code = (await draft.locator('td').nth(1).innerText()).trim();
    await draft.getByTestId('disposal-submit').click();

    const form = page.getByTestId('disposal-step-form');
    await form.waitFor();
    await page.getByTestId('confirm-disposal-step').click();
    await form.getByText('请填写理由').waitFor();
    await form.locator('textarea[name=reason]').fill(reason);
    await page.getByTestId('confirm-disposal-step').click();
    await page.getByText(`已提交 ${code}`).waitFor();
    await drafts.locator('tbody tr', { hasText: code }).waitFor({ state: 'detached' });
  });

  it('lets an administrator approve it, and then offers its execution', async () => {
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    await logIn(page);
    await openDisposals(page);
    const submitted = await filterByStatus(page, '已提交');
    const row = submitted.locator('tbody tr', { hasText: code });
    await row.getByTestId('disposal-approve').click();
    await page.getByTestId('disposal-step-form').locator('textarea[name=reason]').fill('同意处置');
    await screenshot(page, 'assets-disposal-approve-dialog');
    await page.getByTestId('confirm-disposal-step').click();
    await page.getByText(`已批复同意 ${code}`).waitFor();

    const approved = await filterByStatus(page, '已批复');
    const decided = approved.locator('tbody tr', { hasText: code });
    await decided.getByTestId('disposal-execute').waitFor();
    expect(await decided.getByTestId('disposal-approve').count()).toBe(0);
    await screenshot(page, 'assets-disposal-approved');
  });
});

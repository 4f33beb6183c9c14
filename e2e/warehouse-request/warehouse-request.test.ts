import { loginAs, postGraphQL } from '@jiguan/runner/testing/graphql-client';
import type { SupervisedProcess } from '@jiguan/runner/supervised-process';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../support/e2e-context.ts';
import { launchBrowser } from '../support/launch-browser.ts';
import { logIn } from '../support/log-in.ts';
import { screenshot } from '../support/screenshot.ts';
import { readSharedScope } from '../support/shared-scope.ts';
import { serveFrontend } from '../support/serve-frontend.ts';

const e2e = inject('e2e');

/** The demo unit user (松江区审计局) who asks for the item, and the assets officer who decides. */
const unitUser = { username: 'unit', password: 'Demo@2024' };
const assetsOfficer = { username: 'assets', password: 'Demo@2024' };
const requestingUnit = '松江区审计局';

interface ListedItem {
  code: string;
  name: string;
  availableQuantity: number;
  newPrice: string;
}

/**
 * An item nobody is waiting for, read from the hub the way the catalogue reads it. The scenario
 * asks for all its free pieces, so once approved the whole lot is allocated.
 */
async function pickListedItem(): Promise<ListedItem> {
  const token = await loginAs(`${e2e.gatewayOrigin}/graphql`, unitUser.username, unitUser.password);
  const result = await postGraphQL<{ warehouseItems: { edges: Array<{ node: ListedItem & { reservedQuantity: number } }> } }>(
    `${e2e.gatewayOrigin}/graphql`,
    '{ warehouseItems(first: 50, orderBy: CODE, filter: { state: LISTED }) { edges { node { code name availableQuantity reservedQuantity newPrice } } } }',
    { token },
  );
  const item = result.data?.warehouseItems.edges.map((edge) => edge.node).find((node) => node.reservedQuantity === 0 && node.availableQuantity > 1);
  if (!item) throw new Error(`no listed item to request: ${JSON.stringify(result.errors)}`);
  return item;
}

/** newPrice × quantity as the page prints it ("7,389.33"), in exact integer arithmetic. */
function expectedSavings(newPrice: string, quantity: number): string {
  const [whole = '0', fraction = ''] = newPrice.split('.');
  const cents = (BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2))) * BigInt(quantity);
  const yuan = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${yuan}.${(cents % 100n).toString().padStart(2, '0')}`;
}

/** Opens a page of the assets area from its own navigation, as a person does. */
async function openAssetsPage(page: Page, title: string): Promise<void> {
  await page.getByTestId('assets-app').getByRole('menuitem', { name: title, exact: true }).click();
}

/** The table row that shows `text`, once the table has settled on it. */
function rowWith(table: Locator, text: string): Locator {
  return table.locator('tbody tr', { hasText: text }).first();
}

describe('a unit requests a warehouse item and the assets section approves it', () => {
  let assets: SupervisedProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let item: ListedItem;
  // Unique per run, so the request is found again whatever else the hub holds.
  const reason = `新进人员办公使用 e2e-${Date.now().toString(36)}`;

  beforeAll(async () => {
    assets = await serveFrontend({ name: 'assets', dist: e2e.assetsDist, port: e2e.assetsPort, gatewayOrigin: e2e.gatewayOrigin, logDir: e2e.logDir });
    item = await pickListedItem();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await assets?.stop();
  });

  it('lets the unit user open 资产管理 → 公物仓 from the shell, with the pages a unit may use', async () => {
    await page.goto(e2e.shellUrl);
    await page.waitForURL(/\/login/);
    await logIn(page, unitUser);
    await page.getByRole('menuitem', { name: '资产管理' }).click();

    const nav = page.getByTestId('assets-app').getByRole('menubar');
    await nav.getByRole('menuitem', { name: '公物仓', exact: true }).waitFor();
    // The district-wide figures and the internal registers are not for a unit.
    expect(await nav.getByRole('menuitem', { name: '资产概览' }).count()).toBe(0);
    expect(await nav.getByRole('menuitem', { name: '闲置房屋' }).count()).toBe(0);
    // Nor does a link to them open: it says 无权访问, at the address that was asked for.
    await page.goto(`${e2e.shellUrl}/assets/overview`);
    await page.getByTestId('forbidden-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/assets/overview');
    await page.getByRole('menuitem', { name: '资产管理' }).click();
    await page.getByTestId('buildings-table').locator('tbody tr').first().waitFor();

    await openAssetsPage(page, '公物仓');
    await page.waitForURL(/\/assets\/warehouse$/);
    await page.getByTestId('warehouse-items-table').locator('tbody tr').first().waitFor();

    // The remote runs on the shell's singletons: one Vue, one router, one i18n, one kit (one session).
    const assetsShares = (await readSharedScope(page)).filter((shared) => shared.instance === 'assets');
    expect(assetsShares.map((shared) => shared.name).sort()).toEqual(['@jiguan/kit', 'element-plus', 'vue', 'vue-i18n', 'vue-router']);
    for (const shared of assetsShares) expect(shared, shared.name).toMatchObject({ from: 'shell', loaded: true });
  });

  it('checks the request before sending it, then files it', async () => {
    await page.getByPlaceholder('按物品名称或编号搜索').fill(item.code);
    await page.getByPlaceholder('按物品名称或编号搜索').press('Enter');
    const table = page.getByTestId('warehouse-items-table');
    const row = rowWith(table, item.code);
    await row.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await row.getByTestId('request-item').click();

    const form = page.getByTestId('warehouse-request-form');
    await form.waitFor();
    // Too many pieces and no reason: refused in the form, nothing sent.
    await form.locator('input[name=quantity]').fill(String(item.availableQuantity + 1));
    await form.locator('input[name=quantity]').press('Tab');
    await page.getByTestId('submit-request').click();
    await form.getByText(`申请数量须为 1 至 ${item.availableQuantity} 件`).waitFor();
    await form.getByText('请填写理由').waitFor();

    await form.locator('input[name=quantity]').fill(String(item.availableQuantity));
    await form.locator('input[name=quantity]').press('Tab');
    await form.locator('textarea[name=reason]').fill(reason);
    await page.getByTestId('submit-request').click();
    await page.getByText(`已提交 ${item.name} ${item.availableQuantity} 件的调剂申请`).waitFor();

    // Every free piece is now reserved for the unit: the lot can no longer be requested.
    await row.getByText('已预留').waitFor();
    expect(await row.getByTestId('request-item').count()).toBe(0);
  });

  it('shows the unit its pending request', async () => {
    await openAssetsPage(page, '调剂申请');
    const row = rowWith(page.getByTestId('warehouse-requests-table'), reason);
    await row.getByText('待审批').waitFor();
    expect(await row.getByTestId('approve-request').count()).toBe(0);
  });

  it('lets the assets officer approve it, recording the saving', async () => {
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    await logIn(page, assetsOfficer);
    await page.getByRole('menuitem', { name: '资产管理' }).click();
    await page.getByTestId('assets-app').getByRole('menuitem', { name: '资产概览' }).waitFor();
    await openAssetsPage(page, '调剂申请');

    const requests = page.getByTestId('warehouse-requests-table');
    const pending = rowWith(requests, reason);
    await pending.getByText(requestingUnit).waitFor();
    await pending.getByTestId('approve-request').click();
    await page.getByTestId('decide-request-form').waitFor();
    await page.getByTestId('confirm-decision').click();

    const savings = expectedSavings(item.newPrice, item.availableQuantity);
    await page.getByText(`已批准，调剂节约 ${savings} 元`).waitFor();
    // The list shows pending requests: the approved one has left it. All of them show it decided.
    await pending.waitFor({ state: 'detached' });
    await page.getByTestId('request-status-filter').click();
    await page.getByRole('option', { name: '已批准' }).click();
    const approved = rowWith(requests, reason);
    await approved.getByText('已批准').waitFor();
    await approved.getByText(`已出仓 ${item.availableQuantity} 件，节约 ${savings} 元`).waitFor();
    await screenshot(page, 'assets-warehouse-request-approved');
  });

  it('shows the item allocated to the unit, with the money saved', async () => {
    await openAssetsPage(page, '公物仓');
    await page.getByPlaceholder('按物品名称或编号搜索').fill(item.code);
    await page.getByPlaceholder('按物品名称或编号搜索').press('Enter');
    const table = page.getByTestId('warehouse-items-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    const row = rowWith(table, item.code);
    await row.getByText('已调剂').waitFor();
    const savings = expectedSavings(item.newPrice, item.availableQuantity);
    await row.getByText(`调剂至 ${requestingUnit}，节约 ${savings} 元`).waitFor();
    await screenshot(page, 'assets-warehouse-item-allocated');
  });
});

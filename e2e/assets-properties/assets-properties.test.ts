import { loginAs, postGraphQL } from '@jiguan/runner/testing/graphql-client';
import type { SupervisedProcess } from '@jiguan/runner/supervised-process';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../support/e2e-context.ts';
import { launchBrowser } from '../support/launch-browser.ts';
import { logIn } from '../support/log-in.ts';
import { screenshot } from '../support/screenshot.ts';
import { serveFrontend } from '../support/serve-frontend.ts';

const e2e = inject('e2e');

/** The assets staff (资产管理科), who keep the property register. */
const staff = { username: 'assets', password: 'Demo@2024' };

/** One run's own codes, so a second run against the same database registers a new property. */
const run = Date.now().toString(36).toUpperCase();
const code = `E2E-${run}`;
const name = `谷阳北路e2e办公楼${run}`;
const certificate = `SYPZ-E2E-${run}`;

/** Waits (up to 10 s) until no loading mask shows, before a screenshot. */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('[class*=loading-mask]:visible').count(), { timeout: 10_000 })
    .toBe(0)
    .catch(() => undefined);
}

/** Waits for a select's drop-down to fade out, before a screenshot of its form. */
const calm = (page: Page) => page.waitForTimeout(400);

/** Picks a unit in a form's unit picker by typing part of its name. */
async function pickUnit(page: Page, picker: Locator, unitName: string): Promise<void> {
  await picker.click();
  await page.keyboard.type(unitName.slice(0, 4));
  await page.getByRole('option', { name: unitName, exact: true }).click();
}

async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the assets staff register a property, add a floor and a room, and allocate the room to a unit', () => {
  let assets: SupervisedProcess;
  let browser: Browser;
  let page: Page;
  /** Units the assets domain knows: one that owns properties, one that uses rooms. */
  let owningUnit: string;
  let usingUnit: string;

  beforeAll(async () => {
    assets = await serveFrontend({ name: 'assets', dist: e2e.assetsDist, port: e2e.assetsPort, gatewayOrigin: e2e.gatewayOrigin, logDir: e2e.logDir });
    const token = await loginAs(`${e2e.gatewayOrigin}/graphql`, staff.username, staff.password);
    const answer = await postGraphQL<{ buildings: { edges: Array<{ node: { owningUnit: { name: string }; usingUnit: { name: string } | null } }> } }>(
      `${e2e.gatewayOrigin}/graphql`,
      '{ buildings(first: 50) { edges { node { owningUnit { name } usingUnit { name } } } } }',
      { token },
    );
    const nodes = answer.data?.buildings.edges.map((edge) => edge.node) ?? [];
    owningUnit = nodes[0]!.owningUnit.name;
    usingUnit = nodes.find((node) => node.usingUnit && node.usingUnit.name !== owningUnit)?.usingUnit?.name ?? owningUnit;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await assets?.stop();
  });

  it('registers a property through the form and finds it in the register', async () => {
    await page.goto(e2e.shellUrl);
    await page.waitForURL(/\/login/);
    await logIn(page, staff);
    await page.getByRole('menuitem', { name: '资产管理' }).click();
    await page.getByTestId('assets-app').getByRole('menuitem', { name: '房屋资产', exact: true }).click();
    await page.getByTestId('buildings-table').waitFor();
    await page.getByTestId('create-building').click();
    const form = page.getByTestId('building-form');
    await form.waitFor();
    // Sent empty, the form says what is missing before anything goes to the server.
    await page.getByTestId('confirm-building').click();
    await expect.poll(() => form.locator('[class*="form-item__error"]').count()).toBeGreaterThan(3);
    await screenshot(page, 'assets-properties-register-form-invalid');

    await form.locator('input[name=code]').fill(code);
    await form.locator('input[name=name]').fill(name);
    await form.locator('input[name=address]').fill('松江区谷阳北路 e2e 号');
    await pickUnit(page, form.getByTestId('unit-picker-owningUnit'), owningUnit);
    await form.locator('input[name=landArea]').fill('1,200.5');
    await form.locator('input[name=floorArea]').fill('3600');
    await form.locator('input[name=bookValue]').fill('12,500,000');
    await choose(page, form.getByTestId('select-certificateStatus'), '有证');
    await choose(page, form.getByTestId('select-titleRegistration'), '已登记');
    await choose(page, form.getByTestId('select-currentUse'), '办公');
    await calm(page);
    await screenshot(page, 'assets-properties-register-form');
    await page.getByTestId('confirm-building').click();
    await page.getByText(`已登记房屋 ${code} ${name}`).waitFor();

    await page.getByPlaceholder('按名称、编号或地址搜索').first().fill(code);
    await page.getByPlaceholder('按名称、编号或地址搜索').first().press('Enter');
    const row = page.getByTestId('buildings-table').locator('tr', { hasText: code });
    await row.waitFor();
    expect(await row.innerText()).toContain(owningUnit);
    await settled(page);
    await screenshot(page, 'assets-properties-register-list');
    await row.getByRole('link', { name }).click();
    await page.getByTestId('building-detail').waitFor();
  });

  it('adds a floor and a room on the detail page; the same room number again is refused in the dialog', async () => {
    await page.getByTestId('add-floor').click();
    const floorForm = page.getByTestId('floor-form');
    await floorForm.waitFor();
    await floorForm.locator('input[name=area]').fill('900');
    await page.getByTestId('confirm-floor').click();
    await page.getByText('已添加楼层 1F').waitFor();

    await page.getByTestId('add-room-1F').click();
    const roomForm = page.getByTestId('room-form');
    await roomForm.waitFor();
    await roomForm.locator('input[name=number]').fill('101');
    await roomForm.locator('input[name=area]').fill('36.5');
    await page.getByTestId('confirm-room').click();
    await page.getByText('已在 1F 添加房间 101').waitFor();
    const rooms = page.getByTestId('rooms-1F');
    await rooms.locator('tr', { hasText: '101' }).waitFor();

    await page.getByTestId('add-room-1F').click();
    await roomForm.locator('input[name=number]').fill('101');
    await roomForm.locator('input[name=area]').fill('20');
    await page.getByTestId('confirm-room').click();
    await page.getByRole('dialog').getByText('该楼层已有房间 101').waitFor();
    await screenshot(page, 'assets-properties-room-refused');
    await page.getByRole('dialog').getByRole('button', { name: '取消', exact: true }).click();
  });

  it('allocates the room to a unit, which then holds it with its certificate', async () => {
    await page.getByTestId('allocate-room-101').click();
    const form = page.getByTestId('allocate-room-form');
    await form.waitFor();
    await pickUnit(page, form.getByTestId('unit-picker-allocationUnit'), usingUnit);
    await form.locator('input[name=certificateNumber]').fill(certificate);
    await calm(page);
    await screenshot(page, 'assets-properties-allocate-form');
    await page.getByTestId('confirm-allocate-room').click();
    await page.getByText(`已将 101 分配给 ${usingUnit}`).waitFor();
    const row = page.getByTestId('rooms-1F').locator('tr', { hasText: '101' });
    await expect.poll(() => row.innerText()).toContain(certificate);
    expect(await row.innerText()).toContain(usingUnit);
    await page.getByTestId('end-allocation-101').waitFor();
    await settled(page);
    await screenshot(page, 'assets-properties-detail-allocated');

    // The survey and archive forms on their tabs: looked at, not sent.
    await page.getByRole('tab', { name: /两测一评/ }).click();
    await page.getByTestId('record-survey').click();
    await page.getByTestId('survey-form').waitFor();
    await calm(page);
    await screenshot(page, 'assets-properties-survey-form');
    await page.getByRole('dialog').getByRole('button', { name: '取消', exact: true }).click();
  });

  it('shows the idle properties with their actions, and the office-space standard', async () => {
    await page.getByTestId('assets-app').getByRole('menuitem', { name: '闲置房屋', exact: true }).click();
    await page.getByTestId('idle-buildings-table').locator('tbody tr').first().waitFor();
    await settled(page);
    await screenshot(page, 'assets-properties-idle');
    // The 一房一策 and hand-over forms of the first idle property: looked at, not sent.
    await page.getByTestId('idle-buildings-table').locator('[data-testid^=plan-]').first().click();
    await page.getByTestId('plan-form').waitFor();
    await calm(page);
    await screenshot(page, 'assets-properties-plan-form');
    await page.getByRole('dialog').getByRole('button', { name: '取消', exact: true }).click();
    await page.getByTestId('idle-buildings-table').locator('[data-testid^=handover-]').first().click();
    await page.getByTestId('handover-form').waitFor();
    await calm(page);
    await screenshot(page, 'assets-properties-handover-form');
    await page.getByRole('dialog').getByRole('button', { name: '取消', exact: true }).click();
    await page.getByRole('tab', { name: '出租出借' }).click();
    await page.getByTestId('leases-table').waitFor();
    await settled(page);
    await screenshot(page, 'assets-properties-idle-leases');

    await page.getByTestId('assets-app').getByRole('menuitem', { name: '房屋资产', exact: true }).click();
    await page.getByTestId('open-office-space').click();
    await page.getByTestId('standards-table').locator('tbody tr').first().waitFor();
    await settled(page);
    await screenshot(page, 'assets-properties-office-space');
    await page.getByTestId('standards-table').getByRole('button').first().click();
    await page.getByTestId('standard-form').waitFor();
    await calm(page);
    await screenshot(page, 'assets-properties-standard-form');
    await page.getByRole('dialog').getByRole('button', { name: '取消', exact: true }).click();

    // A unit's approved posts: its space against the standard, and the form by rank (looked at, not sent).
    await pickUnit(page, page.getByRole('combobox', { name: '选择单位' }), usingUnit);
    await page.getByTestId('set-staffing').click();
    await page.getByTestId('staffing-form').waitFor();
    await calm(page);
    await screenshot(page, 'assets-properties-staffing-form');
    await page.getByRole('dialog').getByRole('button', { name: '取消', exact: true }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await settled(page);
    await screenshot(page, 'assets-properties-office-space-unit');
  });
});

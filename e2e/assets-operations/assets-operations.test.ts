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

/** The demo assets officer (资产管理科), who may change anything in the domain. */
const assetsOfficer = { username: 'assets', password: 'Demo@2024' };
const graphqlUrl = () => `${e2e.gatewayOrigin}/graphql`;
const run = Date.now().toString(36);

interface PoolVehicle {
  id: string;
  plateNumber: string;
  model: string;
}

/** The day `days` after today in Shanghai (never in 2024, the figures' year: today is later). */
function shanghaiDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** A pool vehicle and a coming day with no booking of it from 09:00 to 12:00 (Shanghai), read from the hub. */
async function pickBookingDay(token: string): Promise<{ vehicle: PoolVehicle; day: string }> {
  const pool = await postGraphQL<{ vehicles: { edges: Array<{ node: PoolVehicle }> } }>(
    graphqlUrl(),
    '{ vehicles(first: 20, filter: { timeShare: true, status: IN_SERVICE }) { edges { node { id plateNumber model } } } }',
    { token },
  );
  const vehicle = pool.data?.vehicles.edges[0]?.node;
  if (!vehicle) throw new Error(`no time-share vehicle: ${JSON.stringify(pool.errors)}`);
  for (let offset = 20 + (Date.now() % 40); offset < 400; offset += 1) {
    const day = shanghaiDay(offset);
    const from = new Date(`${day}T09:00:00+08:00`).toISOString();
    const to = new Date(`${day}T12:00:00+08:00`).toISOString();
    const taken = await postGraphQL<{ vehicleBookings: { totalCount: number } }>(
      graphqlUrl(),
      'query ($f: VehicleBookingFilter) { vehicleBookings(first: 1, filter: $f) { totalCount } }',
      { token, variables: { f: { vehicleId: vehicle.id, status: 'BOOKED', from, to } } },
    );
    if (taken.data?.vehicleBookings.totalCount === 0) return { vehicle, day };
  }
  throw new Error('no free morning of the pool vehicle');
}

/** Waits (up to 10 s) until no loading mask shows, before a screenshot. */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('[class*=loading-mask]:visible').count(), { timeout: 10_000 })
    .toBe(0)
    .catch(() => undefined);
}

async function openAssetsPage(page: Page, title: string): Promise<void> {
  await page.getByTestId('assets-app').getByRole('menuitem', { name: title, exact: true }).click();
}

/** Picks the option named `name` of a select, typing `search` first for a remote one. */
async function choose(page: Page, select: Locator, name: string, search?: string): Promise<void> {
  await select.click();
  if (search) await page.keyboard.type(search);
  await page.getByRole('option', { name, exact: true }).click();
}

async function typeInto(input: Locator, text: string): Promise<void> {
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

describe('the assets officer takes items into the warehouse and books a time-share vehicle', () => {
  let assets: SupervisedProcess;
  let browser: Browser;
  let page: Page;
  let booking: { vehicle: PoolVehicle; day: string };
  /** The unit of the demo unit user (区审计局), as the directory names it. */
  let unitName: string;
  const itemName = `实木书柜（e2e-${run}）`;

  beforeAll(async () => {
    assets = await serveFrontend({ name: 'assets', dist: e2e.assetsDist, port: e2e.assetsPort, gatewayOrigin: e2e.gatewayOrigin, logDir: e2e.logDir });
    booking = await pickBookingDay(await loginAs(graphqlUrl(), assetsOfficer.username, assetsOfficer.password));
    const unitToken = await loginAs(graphqlUrl(), 'unit', 'Demo@2024');
    const me = await postGraphQL<{ me: { person: { organization: { name: string } } } }>(graphqlUrl(), '{ me { person { organization { name } } } }', { token: unitToken });
    unitName = me.data!.me.person.organization.name;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await assets?.stop();
  });

  it('takes a unit’s surplus pieces into the warehouse (入仓) and finds them in the catalogue', async () => {
    await page.goto(e2e.shellUrl);
    await page.waitForURL(/\/login/);
    await logIn(page, assetsOfficer);
    await page.getByRole('menuitem', { name: '资产管理' }).click();
    await openAssetsPage(page, '公物仓');
    await page.getByTestId('warehouse-items-table').locator('tbody tr').first().waitFor();

    await page.getByTestId('list-item').click();
    const form = page.getByTestId('list-item-form');
    await form.waitFor();
    // Sent empty, the form says what is missing before anything goes to the server.
    await page.getByTestId('confirm-list-item').click();
    await form.getByText('请填写此项').first().waitFor();

    const warehouse = form.getByTestId('intake-warehouse');
    await warehouse.click();
    await page.getByRole('option').filter({ hasText: '公物仓' }).first().click();
    await choose(page, form.getByTestId('intake-unit'), unitName, unitName);
    await form.locator('input[name=code]').fill(`GW-E2E-${run}`);
    await form.locator('input[name=name]').fill(itemName);
    await choose(page, form.getByTestId('intake-category'), '家具');
    await choose(page, form.getByTestId('intake-condition'), '良好');
    await form.locator('input[name=quantity]').fill('2');
    await form.locator('input[name=originalValue]').fill('2400');
    await form.locator('input[name=assessedValue]').fill('800');
    await form.locator('input[name=newPrice]').fill('2600');
    await page.getByRole('dialog').getByText('物品入仓（公物仓）').click();
    // Filled in, every field passes its check again.
    await expect.poll(() => form.locator('[class*=form-item__error]').count()).toBe(0);
    await settled(page);
    await screenshot(page, 'assets-operations-intake-form');
    await page.getByTestId('confirm-list-item').click();
    await page.getByText(`GW-E2E-${run} ${itemName} 2 件已入`).waitFor();

    // The search box's test id is on the input itself (Element Plus passes it through).
    const search = page.locator('input[data-testid=warehouse-search], [data-testid=warehouse-search] input');
    await search.fill(itemName);
    await search.press('Enter');
    const row = page.getByTestId('warehouse-items-table').locator('tbody tr', { hasText: itemName });
    await row.waitFor();
    expect(await row.getByTestId('item-state').innerText()).toBe('可申请');
    await settled(page);
    await screenshot(page, 'assets-operations-catalogue');
  });

  it('books the pool vehicle, and an overlapping second booking is refused on the start time', async () => {
    await openAssetsPage(page, '公务用车');
    await page.getByTestId('vehicles-table').locator('tbody tr').first().waitFor();
    await settled(page);
    await screenshot(page, 'assets-operations-vehicles');
    await page.getByTestId('vehicles-tabs').getByRole('tab', { name: '配备审核' }).click();
    await page.getByTestId('vehicle-purchases-table').locator('tbody tr').first().waitFor();
    await settled(page);
    await screenshot(page, 'assets-operations-vehicle-purchases');
    await page.getByTestId('vehicles-tabs').getByRole('tab', { name: '分时租赁' }).click();
    await page.getByTestId('vehicle-bookings-table').waitFor();
    const { vehicle, day } = booking;
    const label = `${vehicle.plateNumber} ${vehicle.model}`;
    await choose(page, page.getByTestId('bookings-vehicle-filter'), label);

    async function book(starts: string, ends: string, purpose: string): Promise<Locator> {
      await page.getByTestId('book-vehicle').click();
      const form = page.getByTestId('book-vehicle-form');
      await form.waitFor();
      await choose(page, form.getByTestId('booking-vehicle'), label);
      await choose(page, form.getByTestId('booking-unit'), unitName, unitName);
      await typeInto(form.locator('input[name=startsAt]'), `${day} ${starts}`);
      await typeInto(form.locator('input[name=endsAt]'), `${day} ${ends}`);
      await form.locator('input[name=purpose]').fill(purpose);
      await page.getByTestId('confirm-book-vehicle').click();
      return form;
    }

    await book('09:00', '11:00', `审计现场检查（e2e-${run}）`);
    await page.getByText(`已预订 ${vehicle.plateNumber}：${day} 09:00–11:00`).waitFor();
    const table = page.getByTestId('vehicle-bookings-table');
    await table.locator('tbody tr', { hasText: `审计现场检查（e2e-${run}）` }).waitFor();

    const form = await book('10:00', '12:00', `第二次预订（e2e-${run}）`);
    const startsAt = form.getByTestId('booking-starts-at');
    await expect.poll(() => startsAt.innerText()).toContain(`${vehicle.plateNumber} 在 ${day} 09:00 至 ${day} 11:00 已被预订`);
    await settled(page);
    await screenshot(page, 'assets-operations-booking-overlap');
    await page.getByRole('dialog').getByRole('button', { name: '取消', exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    await settled(page);
    await screenshot(page, 'assets-operations-bookings');
    expect(await table.locator('tbody tr', { hasText: `第二次预订（e2e-${run}）` }).count()).toBe(0);
  });

  it('offers the inspection and the disposal forms (looked at, not sent)', async () => {
    await openAssetsPage(page, '房屋巡检');
    await page.getByTestId('record-inspection').click();
    const inspection = page.getByTestId('record-inspection-form');
    await inspection.waitFor();
    await page.getByTestId('add-problem').click();
    await inspection.getByTestId('problem-0').waitFor();
    await screenshot(page, 'assets-operations-inspection-form');
    await page.getByRole('dialog').getByRole('button', { name: '取消', exact: true }).click();
    await inspection.waitFor({ state: 'hidden' });

    await openAssetsPage(page, '资产处置');
    await page.getByTestId('create-disposal').click();
    const disposal = page.getByTestId('create-disposal-form');
    await disposal.waitFor();
    await choose(page, disposal.getByTestId('disposal-asset-kind'), '车辆');
    await page.getByRole('listbox').last().waitFor({ state: 'hidden' });
    await screenshot(page, 'assets-operations-disposal-form');
    await page.getByRole('dialog').getByRole('button', { name: '取消', exact: true }).click();
  });
});

import { loginAs, postGraphQL } from '@jiguan/runner/testing/graphql-client';
import type { SupervisedProcess } from '@jiguan/runner/supervised-process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../support/e2e-context.ts';
import { launchBrowser } from '../support/launch-browser.ts';
import { logIn } from '../support/log-in.ts';
import { openRemotePage, settled, wholePage } from '../support/page-steps.ts';
import { screenshot } from '../support/screenshot.ts';
import { serveFrontend } from '../support/serve-frontend.ts';

const e2e = inject('e2e');

/** The demo services staff (综合服务科, scope ALL). */
const servicesStaff = { username: 'services', password: 'Demo@2024' };

/** The S-figures as the overview's cards must show them, read through the API. */
interface ServicesFigures {
  [key: string]: number | string | boolean | string[] | null;
}

const grouped = (value: number | string) => String(value).replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','));

/** Today in Shanghai, the hub's business date (the forms' default day). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

async function figures2024(): Promise<ServicesFigures> {
  const token = await loginAs(`${e2e.gatewayOrigin}/graphql`, servicesStaff.username, servicesStaff.password);
  const result = await postGraphQL<{ period: { services: ServicesFigures } }>(
    `${e2e.gatewayOrigin}/graphql`,
    `{ period(year: 2024) { services {
        meetingBookings meetingBookingsHeld visitorRegistrations visitorsReceived workOrders workOrdersWithinSla averageRating feedbackHandled
        canteens wasteSampledDays wasteDaysBelowLine wasteShareBelowLine kitchenWasteByMonth kitchenWasteFallsMonthOnMonth
        diners dinersPreviousYear ingredientPurchases ingredientPurchasesPreviousYear ingredientPurchasesSaved
        cateringTrainings vehicleComplaints vehicleTrafficViolations vehicleAccidents } } }`,
    { token },
  );
  if (!result.data) throw new Error(`no figures: ${JSON.stringify(result.errors)}`);
  return result.data.period.services;
}

describe('Services staff read the year’s figures and keep the canteens’ records', () => {
  let services: SupervisedProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    services = await serveFrontend({ name: 'services', dist: e2e.servicesDist, port: e2e.servicesPort, gatewayOrigin: e2e.gatewayOrigin, logDir: e2e.logDir });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await services?.stop();
  });

  it('opens 综合服务 on the 2024 overview, its cards the figures the API gives', async () => {
    const figures = await figures2024();
    await page.goto(e2e.shellUrl);
    await page.waitForURL(/\/login/);
    await logIn(page, servicesStaff);
    await page.getByRole('menuitem', { name: '综合服务' }).click();
    await openRemotePage(page, 'services', '服务概览');
    const overview = page.getByTestId('services-overview');
    await overview.locator('[data-figure=meetingBookings]').waitFor();
    const card = (key: string) => overview.locator(`[data-figure=${key}]`).innerText();

    for (const [key, value] of Object.entries(figures)) {
      if (typeof value === 'number' && Number.isInteger(value) && key !== 'wasteShareBelowLine' && key !== 'averageRating') {
        expect(await card(key), key).toContain(grouped(value));
      }
    }
    expect(await card('wasteShareBelowLine')).toContain(((figures.wasteShareBelowLine as number) * 100).toFixed(2));
    for (const key of ['ingredientPurchases', 'ingredientPurchasesPreviousYear', 'ingredientPurchasesSaved']) {
      expect(await card(key), key).toContain(`${grouped(figures[key] as string)} 元`);
    }
    const months = figures.kitchenWasteByMonth as string[];
    expect(await card('kitchenWasteByMonth')).toContain(`${months.length} 个月，1 月 ${grouped(months[0]!)} kg`);
    expect(await card('kitchenWasteFallsMonthOnMonth')).toContain(figures.kitchenWasteFallsMonthOnMonth ? '是' : '否');
    expect(await overview.locator('[data-figure-id]').count()).toBe(Object.keys(figures).length - 3);
    await settled(page);
    await wholePage(page, 'services-overview');
  });

  it('draws the canteen dashboard of 2024', async () => {
    await openRemotePage(page, 'services', '机关食堂');
    const dashboard = page.getByTestId('canteen-dashboard');
    await expect.poll(() => dashboard.locator('canvas').count(), { timeout: 30_000 }).toBe(4);
    await settled(page);
    expect(await page.getByTestId('share-below-line').innerText()).toMatch(/\d+\.\d{2}%/);
    expect(await page.getByTestId('purchases-saved').innerText()).toMatch(/差额 -?[\d,]+\.\d{2} 元/);
    expect(await page.locator('[data-error-reason], [class*=alert--error]').count()).toBe(0);
    await wholePage(page, 'services-canteens-dashboard');
  });

  it('records a meal count through the form and finds it in the table', async () => {
    await page.getByTestId('open-canteen-records').click();
    await page.waitForURL(/\/services\/canteens\/records$/);
    const table = page.getByTestId('meal-counts-table');
    await table.locator('tbody tr').first().waitFor();
    await settled(page);
    await wholePage(page, 'services-canteen-records');

    await page.getByTestId('record-mealCounts').click();
    const form = page.getByTestId('record-meal-count-form');
    await form.waitFor();
    await form.getByTestId('meal-count-canteen').click();
    await page.getByRole('option', { name: '区办公中心食堂', exact: true }).click();
    await form.getByTestId('meal-count-sitting').click();
    await page.getByRole('option', { name: '午餐', exact: true }).click();
    await form.locator('input[name=diners]').fill('321');
    await screenshot(page, 'services-record-meal-count');
    await page.getByTestId('confirm-record-meal-count').click();
    await page.getByText(`已登记 区办公中心食堂 ${today()} 午餐 321 人次`).waitFor();

    await expect.poll(() => table.locator('tbody tr').first().innerText()).toMatch(new RegExp(`${today()}\\s+区办公中心食堂\\s+午餐\\s+321`));
    await settled(page);
    await wholePage(page, 'services-meal-count-recorded');

    for (const [tab, testid, name] of [
      ['浪费抽检', 'waste-samples-table', 'services-waste-samples'],
      ['餐厨垃圾', 'kitchen-waste-table', 'services-kitchen-waste'],
      ['食材采购', 'purchases-table', 'services-purchases'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByTestId(testid).locator('tbody tr').first().waitFor();
      // The tabs' underline slides for 0.3 s.
      await page.waitForTimeout(400);
      await wholePage(page, name);
    }
  });

  it('refuses leftovers heavier than the servings on the leftover field', async () => {
    await page.getByRole('tab', { name: '浪费抽检' }).click();
    await page.getByTestId('record-wasteSamples').click();
    const form = page.getByTestId('record-waste-sample-form');
    await form.waitFor();
    await form.getByTestId('waste-sample-canteen').click();
    await page.getByRole('option', { name: '区办公中心食堂', exact: true }).click();
    await form.locator('input[name=servedGrams]').fill('1000');
    await form.locator('input[name=leftoverGrams]').fill('1500');
    await page.getByTestId('confirm-record-waste-sample').click();
    const field = form.locator('.is-error', { has: page.locator('input[name=leftoverGrams]') });
    await expect.poll(() => field.innerText()).toContain('剩余重量不能大于供餐重量');
    // The field's message zooms in for 0.3 s.
    await page.waitForTimeout(400);
    await screenshot(page, 'services-waste-sample-refused');
    await form.locator('input[name=leftoverGrams]').fill('120');
    await page.getByTestId('confirm-record-waste-sample').click();
    await page.getByText(`已登记 区办公中心食堂 ${today()} 的抽检，浪费系数 0.1200`).waitFor();
    await expect.poll(() => page.getByTestId('waste-samples-table').locator('tbody tr').first().innerText()).toContain('0.1200');
  });
});

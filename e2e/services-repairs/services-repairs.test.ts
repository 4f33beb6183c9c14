import { loginAs, postGraphQL } from '@jiguan/runner/testing/graphql-client';
import type { SupervisedProcess } from '@jiguan/runner/supervised-process';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../support/e2e-context.ts';
import { launchBrowser } from '../support/launch-browser.ts';
import { logIn } from '../support/log-in.ts';
import { openRemotePage, settled } from '../support/page-steps.ts';
import { screenshot } from '../support/screenshot.ts';
import { serveFrontend } from '../support/serve-frontend.ts';

const e2e = inject('e2e');

/** A unit user of 区审计局, and the services staff (综合服务科, every unit). */
const unitUser = { username: 'unit', password: 'Demo@2024' };
const servicesStaff = { username: 'services', password: 'Demo@2024' };

/** What this run files, told apart from the seed's and other runs' work orders. */
const stamp = Date.now().toString(36);
const description = `二楼东侧卫生间水龙头漏水（e2e ${stamp}）`;

async function switchAccount(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.getByTestId('logout').click();
  await page.waitForURL(/\/login/);
  await logIn(page, user);
}

/** Takes a step of the work order from its row and waits for the row to offer `next` (or show `status`). */
async function takeStep(page: Page, row: Locator, action: string, done: { button?: string; status?: string }): Promise<void> {
  await row.getByTestId(`work-order-${action}`).click();
  // A step without fields has an empty form: the dialog is there once its confirm button is.
  const confirm = page.getByTestId('confirm-work-order-step');
  await confirm.click();
  await confirm.waitFor({ state: 'hidden' });
  if (done.button) await row.getByTestId(done.button).waitFor();
  if (done.status) await expect.poll(() => row.getByTestId('work-order-status').innerText()).toBe(done.status);
}

describe('a unit files a repair, the services centre carries it out, the unit rates it', () => {
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

  it('lets the unit user file a work order from 报修工单', async () => {
    // An urgent order filed beforehand: overdue within seconds when the run shortens the SLA (REPAIR_SLA_HOURS=URGENT=0.001).
    const token = await loginAs(`${e2e.gatewayOrigin}/graphql`, unitUser.username, unitUser.password);
    const buildings = await postGraphQL<{ buildings: { edges: Array<{ node: { id: string } }> } }>(`${e2e.gatewayOrigin}/graphql`, '{ buildings(first: 1) { edges { node { id } } } }', { token });
    const buildingId = buildings.data?.buildings.edges[0]?.node.id ?? 'building-0001';
    const urgent = await postGraphQL(
      `${e2e.gatewayOrigin}/graphql`,
      'mutation($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }',
      { token, variables: { input: { buildingId, category: 'ELECTRICAL', priority: 'URGENT', description: `配电间跳闸（e2e ${stamp}）` } } },
    );
    expect(urgent.errors).toBeUndefined();

    await page.goto(e2e.shellUrl);
    await page.waitForURL(/\/login/);
    await logIn(page, unitUser);
    await openRemotePage(page, 'services', '报修工单', '综合服务');
    await page.getByTestId('work-orders-table').waitFor();

    await page.getByTestId('submit-work-order').click();
    const form = page.getByTestId('submit-work-order-form');
    await form.waitFor();
    await form.getByTestId('work-order-building').click();
    await page.locator('[role=option]:visible').first().click();
    await form.getByTestId('work-order-category').click();
    await page.getByRole('option', { name: '水暖', exact: true }).click();
    await form.locator('input[name=location]').fill('二楼东侧卫生间');
    await form.locator('textarea[name=description]').fill(description);
    await page.getByTestId('confirm-submit-work-order').click();
    await page.getByText('已报修，应于').waitFor();

    const row = page.getByTestId('work-orders-table').locator('tbody tr', { hasText: description });
    await expect.poll(() => row.getByTestId('work-order-status').innerText()).toBe('已提交');
    if (process.env.REPAIR_SLA_HOURS) {
      // Read again once the urgent order is past its shortened due time: its row is marked.
      await page.getByTestId('work-order-order').click();
      await page.getByRole('option', { name: '按到期时间', exact: true }).click();
      await page.getByTestId('work-order-order').click();
      await page.getByRole('option', { name: '最新报修在前', exact: true }).click();
      await page.getByTestId('work-orders-table').locator('[data-overdue]').first().waitFor();
    }
    await settled(page);
    await screenshot(page, 'services-work-orders-unit');
  });

  it('lets services staff assign it to a provider, start it and finish it', async () => {
    await switchAccount(page, servicesStaff);
    await openRemotePage(page, 'services', '报修工单', '综合服务');
    const row = page.getByTestId('work-orders-table').locator('tbody tr', { hasText: description });

    await row.getByTestId('work-order-assign').click();
    const form = page.getByTestId('work-order-step-form');
    await form.waitFor();
    await form.getByTestId('assign-provider').click();
    await page.getByRole('option', { name: /设施维保/ }).click();
    await form.locator('input[name=workerName]').fill('王师傅');
    await screenshot(page, 'services-work-order-assign');
    await page.getByTestId('confirm-work-order-step').click();
    await row.getByTestId('work-order-start').waitFor();
    await expect.poll(() => row.innerText()).toContain('王师傅');

    await takeStep(page, row, 'start', { button: 'work-order-finish' });
    await takeStep(page, row, 'finish', { status: '已完成' });
    await settled(page);
    await screenshot(page, 'services-work-orders-staff');

    await row.getByTestId('work-order-detail').click();
    const timeline = page.getByTestId('work-order-timeline');
    await timeline.waitFor();
    await expect.poll(() => timeline.innerText()).toContain('维修完成');
    await screenshot(page, 'services-work-order-detail');
    await page.keyboard.press('Escape');
    await timeline.waitFor({ state: 'hidden' });
  });

  it('lets the unit user rate it five stars with a comment; the row shows 已评价 and the rating', async () => {
    await switchAccount(page, unitUser);
    await openRemotePage(page, 'services', '报修工单', '综合服务');
    const row = page.getByTestId('work-orders-table').locator('tbody tr', { hasText: description });

    await row.getByTestId('work-order-rate').click();
    const form = page.getByTestId('work-order-step-form');
    await form.waitFor();
    await form.getByTestId('rate-stars').locator('[class*=rate__item]').nth(4).click();
    await form.locator('textarea[name=comment]').fill('王师傅来得快，修得好');
    await screenshot(page, 'services-work-order-rate-dialog');
    await page.getByTestId('confirm-work-order-step').click();
    await page.getByTestId('confirm-work-order-step').waitFor({ state: 'hidden' });

    await expect.poll(() => row.getByTestId('work-order-status').innerText()).toBe('已评价');
    expect(await row.locator('[data-testid=work-order-rating]').getAttribute('data-rating')).toBe('5');
    expect(await row.getByTestId('work-order-rate').count()).toBe(0);
    await settled(page);
    await screenshot(page, 'services-work-order-rated');
  });

  it('shows the unit user its feedback and lets it give more', async () => {
    await openRemotePage(page, 'services', '意见反馈', '综合服务');
    await page.getByTestId('feedback-table').waitFor();
    await page.getByTestId('submit-feedback').click();
    const form = page.getByTestId('submit-feedback-form');
    await form.locator('input[name=subject]').fill(`报修进度（e2e ${stamp}）`);
    await form.locator('textarea[name=content]').fill('希望派单后能短信通知维修人员姓名和到场时间。');
    await page.getByTestId('confirm-submit-feedback').click();
    await page.getByTestId('feedback-table').locator('tbody tr', { hasText: `报修进度（e2e ${stamp}）` }).waitFor();
    await settled(page);
    await screenshot(page, 'services-feedback-unit');
  });

  it('shows services staff the feedback to reply to, the providers and the safety records', async () => {
    await switchAccount(page, servicesStaff);
    await openRemotePage(page, 'services', '意见反馈', '综合服务');
    const feedback = page.getByTestId('feedback-table').locator('tbody tr', { hasText: `报修进度（e2e ${stamp}）` });
    await feedback.getByTestId('feedback-reply').click();
    await page.getByTestId('reply-feedback-form').locator('textarea[name=reply]').fill('已在派单时通知维修人员姓名，下一版本将增加短信提醒。');
    await page.getByTestId('confirm-reply-feedback').click();
    await expect.poll(() => feedback.innerText()).toContain('已答复');
    await settled(page);
    await screenshot(page, 'services-feedback-staff');

    await openRemotePage(page, 'services', '社会化服务', '综合服务');
    const providers = page.getByTestId('providers-table');
    const property = providers.locator('tbody tr', { hasText: '上海松江物业管理有限公司' }).first();
    await property.waitFor();
    await property.locator('[class*=table__expand-icon]').click();
    const detail = page.locator('[data-provider=provider-property]');
    await detail.getByTestId('provider-contracts').locator('tbody tr').first().waitFor();
    await settled(page);
    await screenshot(page, 'services-providers-contracts');
    await detail.getByRole('tab', { name: /履约考核/ }).click();
    await detail.locator('[data-quarter="2024Q4"]').waitFor();
    expect(await detail.locator('[data-quarter="2024Q4"]').innerText()).toMatch(/合计 \d+ \/ 100/);
    await screenshot(page, 'services-providers-assessments');
    await detail.getByRole('tab', { name: /培训/ }).click();
    await detail.getByTestId('provider-trainings').locator('tbody tr').first().waitFor();
    await settled(page);
    await screenshot(page, 'services-providers-trainings');

    // A quarter assessed already is refused on the quarter; the next one is recorded with its total.
    await property.getByTestId('record-assessment').click();
    const assessment = page.getByTestId('record-assessment-form');
    await assessment.getByTestId('assessment-lines').locator('tbody tr').first().waitFor();
    await assessment.getByTestId('assessment-year').click();
    await page.getByRole('option', { name: '2024 年', exact: true }).click();
    await assessment.getByTestId('assessment-quarter').click();
    await page.getByRole('option', { name: '第 4 季度', exact: true }).click();
    // A score over its criterion's maximum is marked on its line before anything is sent.
    await assessment.locator('input[name=score-0]').fill('36');
    await page.getByTestId('confirm-record-assessment').click();
    await assessment.getByText('得分须在 0–20 之间').waitFor();
    await screenshot(page, 'services-providers-assessment-line-error');
    // The criteria of the latest quarter, by name: 人员管理 20, 安全管理 20, 服务质量 40, 满意度 20.
    for (const [line, score] of [18, 17, 36, 19].entries()) await assessment.locator(`input[name=score-${line}]`).fill(String(score));
    await assessment.getByTestId('assessment-total').click();
    await expect.poll(() => assessment.getByTestId('assessment-total').innerText()).toBe('合计 90 / 100');
    await page.getByTestId('confirm-record-assessment').click();
    await assessment.getByText('2024 年第 4 季度已考核').waitFor();
    await screenshot(page, 'services-providers-assessment-refused');
    await assessment.getByTestId('assessment-year').click();
    await page.getByRole('option', { name: '2025 年', exact: true }).click();
    await assessment.getByTestId('assessment-quarter').click();
    await page.getByRole('option', { name: '第 1 季度', exact: true }).click();
    await page.getByTestId('confirm-record-assessment').click();
    await page.getByText('已记录 上海松江物业管理有限公司 的履约考核').waitFor();
    await detail.getByRole('tab', { name: /履约考核/ }).click();
    await expect.poll(() => detail.locator('[data-quarter="2025Q1"]').innerText()).toContain('合计 90 / 100');

    await openRemotePage(page, 'services', '安全与车辆', '综合服务');
    await page.getByTestId('security-activities-table').locator('tbody tr').first().waitFor();
    await settled(page);
    await screenshot(page, 'services-safety-security');
    await page.getByTestId('safety-tabs').getByRole('tab', { name: '车辆行车记录' }).click();
    await page.getByTestId('vehicle-events-table').locator('tbody tr').first().waitFor();
    await settled(page);
    await screenshot(page, 'services-safety-vehicles');
  });
});

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

/** The demo Party staff (党建办) and a member of 第二党支部. */
const partyStaff = { username: 'party', password: 'Demo@2024' };
const member = { username: 'member', password: 'Demo@2024' };
/** The demo secretary of 第二党支部, a unit user who manages the branch. */
const secretary = { username: 'secretary', password: 'Demo@2024' };

interface Activist {
  id: string;
  activistOn: string;
  nextStepDueOn: string;
  person: { name: string };
}

/** Today in Shanghai, the hub's business date. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** The day before a date. */
function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * An activist whose year as activist is over by today, whom Party staff may make a development
 * target: read from the hub the way the board reads it, so the scenario needs no seeded ids.
 */
async function pickActivist(): Promise<Activist> {
  const token = await loginAs(`${e2e.gatewayOrigin}/graphql`, partyStaff.username, partyStaff.password);
  const result = await postGraphQL<{ candidates: { edges: Array<{ node: Activist & { allowedActions: string[] } }> } }>(
    `${e2e.gatewayOrigin}/graphql`,
    '{ candidates(first: 100, filter: { stages: [ACTIVIST] }) { edges { node { id activistOn nextStepDueOn allowedActions person { name } } } } }',
    { token },
  );
  const activist = result.data?.candidates.edges
    .map((edge) => edge.node)
    .find((node) => node.allowedActions.includes('MAKE_TARGET') && node.nextStepDueOn !== null && node.nextStepDueOn <= today());
  if (!activist) throw new Error(`no activist of more than a year to make a development target: ${JSON.stringify(result.errors ?? result.data)}`);
  return activist;
}

/** Types a date into an Element Plus date picker of the open form. */
async function fillDate(input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

describe('Party staff take an activist a step on and keep the 三会一课', () => {
  let party: SupervisedProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    party = await serveFrontend({ name: 'party', dist: e2e.partyDist, port: e2e.partyPort, gatewayOrigin: e2e.gatewayOrigin, logDir: e2e.logDir });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await party?.stop();
  });

  it('opens 党建 in the shell on the 2024 overview', async () => {
    await page.goto(e2e.shellUrl);
    await page.waitForURL(/\/login/);
    await logIn(page, partyStaff);
    await page.getByRole('menuitem', { name: '党建' }).click();
    const overview = page.getByTestId('party-overview');
    await overview.locator('[data-figure=P1]').waitFor();
    await expect.poll(() => overview.locator('[data-figure=P1]').innerText()).toContain('31');
    await settled(page);
    await screenshot(page, 'party-overview');
  });

  it('refuses to make an activist a development target before a year has passed, and accepts it after', async () => {
    const activist = await pickActivist();
    await openRemotePage(page, 'party', '党员发展');
    const card = page.getByTestId('development-board').locator(`[data-stage=ACTIVIST] [data-candidate="${activist.id}"]`);
    await card.getByTestId('candidate-make_target').click();

    const form = page.getByTestId('candidate-step-form');
    await form.waitFor();
    await fillDate(form.locator('input[name=decidedOn]'), dayBefore(activist.nextStepDueOn));
    await form.locator('textarea[name=decision]').fill('支委会研究，同意确定为发展对象（e2e）');
    await page.getByTestId('confirm-candidate-step').click();
    const refusal = page.locator('[data-error-reason=ACTIVIST_YEAR_NOT_OVER]');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(`${activist.nextStepDueOn} 起方可确定为发展对象`);
    await screenshot(page, 'party-make-target-refused');

    await fillDate(form.locator('input[name=decidedOn]'), activist.nextStepDueOn);
    await page.getByTestId('confirm-candidate-step').click();
    await page.getByText(`已将 ${activist.person.name} 确定为发展对象`).waitFor();
    await page.getByTestId('development-board').locator(`[data-stage=DEVELOPMENT_TARGET] [data-candidate="${activist.id}"]`).waitFor();
    expect(await page.getByTestId('development-board').locator(`[data-stage=ACTIVIST] [data-candidate="${activist.id}"]`).count()).toBe(0);
    await settled(page);
    await screenshot(page, 'party-development-board');
  });

  it('records the meetings a branch missed in a month of 2024, and the compliance table turns that month green', async () => {
    await openRemotePage(page, 'party', '三会一课');
    const table = page.getByTestId('compliance-table');
    await table.locator('tbody tr').first().waitFor();
    const gap = table.locator('[data-testid=compliance-cell][data-state=gap]').first();
    await gap.waitFor();
    const branch = await gap.locator('xpath=ancestor::tr').getAttribute('data-branch');
    const month = await gap.getAttribute('data-month');
    const cell = table.locator(`tr[data-branch="${branch}"] [data-month="${month}"]`);
    await screenshot(page, 'party-compliance-gap');

    // Each meeting recorded for the gap removes one missing kind; the cell offers the next.
    for (let round = 0; round < 4 && (await cell.getAttribute('data-state')) === 'gap'; round += 1) {
      const missing = (await cell.getAttribute('data-missing')) ?? '';
      await cell.click();
      const form = page.getByTestId('record-meeting-form');
      await form.waitFor();
      await form.getByTestId('attendance-sheet').locator('tbody tr').first().waitFor();
      await form.locator('input[name=topic]').fill(`补开会议：${missing.split(',')[0]}（e2e）`);
      await page.getByTestId('confirm-record-meeting').click();
      await page.getByText(`已记录 ${branch}`).first().waitFor();
      await expect.poll(() => cell.getAttribute('data-missing')).not.toBe(missing);
    }
    await expect.poll(() => cell.getAttribute('data-state')).toBe('compliant');
    expect(await cell.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(232, 246, 236)');
    await screenshot(page, 'party-compliance-green');
  });

  it('shows the other pages of the staff', async () => {
    for (const [title, testid, name] of [
      ['党组织', 'organisations-table', 'party-organisations'],
      ['党员', 'members-table', 'party-members'],
      ['组织生活', 'meetings-table', 'party-meetings'],
      ['巡察整改', 'rectification-table', 'party-rectification'],
    ] as const) {
      await openRemotePage(page, 'party', title);
      await page.getByTestId(testid).locator('tbody tr').first().waitFor();
      await settled(page);
      await screenshot(page, name);
    }
  });

  it('shows a member their own membership and dues', async () => {
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    await logIn(page, member);
    await page.getByRole('menuitem', { name: '党建' }).click();
    await page.getByTestId('my-dues').waitFor();
    expect(await page.getByTestId('party-app').getByRole('menuitem').allInnerTexts()).toEqual(['我的党员信息']);
    expect(await page.getByTestId('my-dues').locator('[data-state=unpaid]').count()).toBeGreaterThan(0);
    // The activities of their branch, without the attendance sheets (people of other units).
    await page.getByTestId('my-branch-meetings').locator('tbody tr').first().waitFor();
    await settled(page);
    await screenshot(page, 'party-mine');
  });

  it('takes a branch secretary from their own page to the pages of their branch', async () => {
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    await logIn(page, secretary);
    await page.getByRole('menuitem', { name: '党建' }).click();
    const links = page.getByTestId('secretary-links');
    await links.first().waitFor();
    expect(await links.allInnerTexts()).toEqual([expect.stringContaining('第二党支部')]);
    await settled(page);
    await screenshot(page, 'party-secretary-mine');
    await links.first().getByRole('button', { name: '党员', exact: true }).click();
    await page.waitForURL(/\/party\/branch\/[^/]+\/members$/);
    await page.getByTestId('members-table').waitFor();
    await settled(page);
    // Every member of the branch, whichever section they work in (the account's scope is the bureau and its sections).
    await expect.poll(() => page.getByTestId('members-table').locator('tr[class*=table__row]').count()).toBeGreaterThan(1);
    expect(await page.locator('[data-error-reason], [class*=alert--error]').count()).toBe(0);
    await screenshot(page, 'party-secretary-members');
  });
});

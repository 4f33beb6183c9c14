import { loginAs, postGraphQL } from '@jiguan/runner/testing/graphql-client';
import type { SupervisedProcess } from '@jiguan/runner/supervised-process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../support/e2e-context.ts';
import { launchBrowser } from '../support/launch-browser.ts';
import { admin as adminUser, logIn } from '../support/log-in.ts';
import { screenshot } from '../support/screenshot.ts';
import { serveFrontend } from '../support/serve-frontend.ts';

const e2e = inject('e2e');
/** A row of a table of the admin remote (its Element Plus namespace is jg-admin). */
const tableRow = 'tr.jg-admin-table__row';
const graphqlUrl = () => `${e2e.gatewayOrigin}/graphql`;

/**
 * An account of this test's own (the demo accounts other scenarios log in with keep their roles),
 * for a person of the directory who has none yet.
 */
async function createOwnAccount(token: string): Promise<{ id: string; username: string }> {
  const people = await postGraphQL<{ people: { edges: Array<{ node: { id: string; account: { id: string } | null } }> } }>(
    graphqlUrl(),
    '{ people(first: 100) { edges { node { id account { id } } } } }',
    { token },
  );
  const person = people.data?.people.edges.map((edge) => edge.node).find((node) => node.account === null);
  if (!person) throw new Error(`no person without an account: ${JSON.stringify(people.errors)}`);
  const username = `e2e-roles-${Date.now().toString(36)}`;
  const created = await postGraphQL<{ createUserAccount: { id: string; username: string } }>(
    graphqlUrl(),
    'mutation ($input: CreateUserAccountInput!) { createUserAccount(input: $input) { id username } }',
    { token, variables: { input: { username, password: 'E2eRoles2026', personId: person.id, roles: ['UNIT_USER'], dataScope: 'SELF' } } },
  );
  if (!created.data) throw new Error(`account not created: ${JSON.stringify(created.errors)}`);
  return created.data.createUserAccount;
}

describe('an administrator changes an account’s roles and reads the change in 操作日志', () => {
  let admin: SupervisedProcess;
  let browser: Browser;
  let page: Page;
  let account: { id: string; username: string };

  beforeAll(async () => {
    admin = await serveFrontend({ name: 'admin', dist: e2e.adminDist, port: e2e.adminPort, gatewayOrigin: e2e.gatewayOrigin, logDir: e2e.logDir });
    account = await createOwnAccount(await loginAs(graphqlUrl(), adminUser.username, adminUser.password));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await admin?.stop();
  });

  it('gives the account 局领导 and a wider scope in the dialog, and the table shows them', async () => {
    await page.goto(e2e.shellUrl);
    await page.waitForURL(/\/login/);
    await logIn(page);
    await page.getByRole('menuitem', { name: '系统管理' }).click();
    await page.getByTestId('admin-app').getByRole('menuitem', { name: '账号' }).click();

    const table = page.getByTestId('accounts-table');
    await table.locator(tableRow).first().waitFor();
    await page.getByPlaceholder('按用户名或姓名搜索').fill(account.username);
    await page.getByPlaceholder('按用户名或姓名搜索').press('Enter');
    await table.getByText(account.username, { exact: true }).first().waitFor();
    await expect.poll(() => table.locator(tableRow).count()).toBe(1);
    // Element Plus also renders a column's slot once, hidden, outside the rows: take the row's button.
    await table.locator(tableRow).getByTestId('set-roles').click();

    const form = page.getByTestId('set-roles-form');
    await form.waitFor();
    await form.locator('label', { hasText: '局领导' }).click();
    expect(await form.getByRole('checkbox', { name: '局领导' }).isChecked()).toBe(true);
    await form.getByTestId('set-roles-scope').click();
    await page.getByRole('option', { name: '全部数据' }).click();
    await screenshot(page, 'admin-accounts-set-roles');
    await page.getByTestId('set-roles-submit').click();
    await page.getByText(`已更新账号 ${account.username} 的角色与数据范围`).waitFor();

    const row = table.locator(tableRow).first();
    await row.getByText('局领导').waitFor();
    await row.getByText('全部数据').waitFor();
    expect(await row.getByText('单位用户').count()).toBe(1);
    await screenshot(page, 'admin-accounts-roles-changed');
  });

  it('shows the change in the directory trail with its before and after', async () => {
    await page.getByTestId('admin-app').getByRole('menuitem', { name: '操作日志' }).click();
    const table = page.getByTestId('audit-table');
    await table.locator(tableRow).first().waitFor();
    expect(await page.title()).toBe('操作日志 - 智慧机管');

    await page.getByPlaceholder('对象 ID').fill(account.id);
    await page.getByTestId('audit-apply').click();
    const setRoles = table.locator(tableRow, { hasText: 'userAccount.setRoles' });
    await setRoles.waitFor();
    // Newest first: the change of roles, above the account's creation.
    await expect.poll(() => table.locator(tableRow).count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => table.locator(tableRow).first().innerText()).toContain('userAccount.setRoles');
    await setRoles.locator('.jg-admin-table__expand-icon').click();

    const diff = page.getByTestId('audit-diff');
    await diff.waitFor();
    const roles = diff.locator('tr[data-change="changed"]', { hasText: 'roles' });
    await roles.waitFor();
    expect(await roles.innerText()).toContain('LEADER');
    expect(await diff.locator('tr[data-change="changed"]', { hasText: 'dataScope' }).innerText()).toMatch(/SELF[\s\S]*ALL/);
    await screenshot(page, 'admin-audit-directory-diff');
  });

  it('finds a unit in the tree and adds one under it', async () => {
    await page.getByTestId('admin-app').getByRole('menuitem', { name: '单位' }).click();
    const table = page.getByTestId('units-table');
    await table.getByText('松江区机关事务管理局', { exact: true }).waitFor();
    await page.getByPlaceholder('按名称、简称或编码查找').fill('审计');
    const audit = table.locator(tableRow, { hasText: '区审计局' }).first();
    await audit.waitFor();
    await screenshot(page, 'admin-units-search');

    const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
    await audit.getByTestId('create-child-unit').click();
    const form = page.getByTestId('unit-form');
    await form.waitFor();
    await form.locator('input[name=name]').fill(`区审计局测试科${code}`);
    await form.locator('input[name=code]').fill(code);
    await page.getByTestId('unit-form-kind').click();
    await page.getByRole('option', { name: '内设机构' }).click();
    await screenshot(page, 'admin-units-create-child');
    await page.getByTestId('unit-form-submit').click();
    await page.getByText(`已新建单位 区审计局测试科${code}`).waitFor();
    await table.locator(tableRow, { hasText: code }).waitFor();
  });
});

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

/** A user of 区审计局, who books for their unit; the services staff (综合服务科), who book for any unit. */
const unitUser = { username: 'unit', password: 'Demo@2024' };
const staff = { username: 'services', password: 'Demo@2024' };

interface Room {
  id: string;
  name: string;
  buildingId: string;
  needsApproval: boolean;
  building: { name: string } | null;
}

interface Slot {
  room: Room;
  /** The building's label in the picker: its name where the unit may read it, else the place its rooms' names begin with. */
  buildingLabel: string;
  day: string;
  /** Two free hours of the room that day: one to book, one to clash on. */
  hours: [{ hour: number; startsAt: string }, { hour: number; startsAt: string }];
}

const graphqlUrl = () => `${e2e.gatewayOrigin}/graphql`;

/** The day `days` after today in Shanghai. */
function shanghaiDay(days: number): string {
  const instant = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000);
  return instant.toISOString().slice(0, 10);
}

/** What the names of a building's rooms begin with alike (中山中路38号院…), as the picker names a building the unit may not read. */
function placeOf(names: string[]): string {
  let prefix = names[0] ?? '';
  for (const name of names) while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.length >= 2 ? prefix : names.join('、');
}

/**
 * A room that needs no approval with two free hours on a coming weekday, read from the hub the way
 * the grid reads it (the first building with such a room), so the scenario needs no seeded ids.
 */
async function pickSlot(token: string): Promise<Slot> {
  const rooms = await postGraphQL<{ meetingRooms: { edges: Array<{ node: Room }> } }>(graphqlUrl(), '{ meetingRooms(first: 200) { edges { node { id name buildingId needsApproval building { name } } } } }', { token });
  const all = rooms.data?.meetingRooms.edges.map((edge) => edge.node) ?? [];
  if (!all.length) throw new Error(`no meeting rooms: ${JSON.stringify(rooms.errors)}`);
  for (let offset = 2; offset < 16; offset += 1) {
    const day = shanghaiDay(offset);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const buildingId of new Set(all.map((room) => room.buildingId))) {
      const answer = await postGraphQL<{ roomFreeBusy: Array<{ meetingRoom: { id: string }; hours: Array<{ hour: number; startsAt: string; free: boolean }> }> }>(
        graphqlUrl(),
        'query ($b: ID!, $d: Date!) { roomFreeBusy(buildingId: $b, day: $d) { meetingRoom { id } hours { hour startsAt free } } }',
        { token, variables: { b: buildingId, d: day } },
      );
      for (const entry of answer.data?.roomFreeBusy ?? []) {
        const room = all.find((candidate) => candidate.id === entry.meetingRoom.id)!;
        const free = entry.hours.filter((slot) => slot.free && slot.hour >= 9 && slot.hour <= 16);
        if (room.needsApproval || free.length < 2) continue;
        const inBuilding = all.filter((candidate) => candidate.buildingId === buildingId);
        return { room, buildingLabel: room.building?.name ?? placeOf(inBuilding.map((candidate) => candidate.name)), day, hours: [free[0]!, free[1]!] };
      }
    }
  }
  throw new Error('no free weekday hour in the coming two weeks');
}

/** A booking of one hour made through the API, as another booker would; answers the refusal's reason, if any. */
async function bookThroughApi(token: string, roomId: string, startsAt: string, organizationId?: string): Promise<{ id?: string; reason?: unknown }> {
  const endsAt = new Date(Date.parse(startsAt) + 3_600_000).toISOString();
  const result = await postGraphQL<{ createRoomBooking: { id: string } }>(
    graphqlUrl(),
    'mutation ($input: CreateRoomBookingInput!) { createRoomBooking(input: $input) { id } }',
    { token, variables: { input: { meetingRoomId: roomId, organizationId, startsAt, endsAt, attendees: 6, purpose: organizationId ? '综合服务科例会（e2e）' : '全局审计工作会（e2e）' } } },
  );
  return { id: result.data?.createRoomBooking.id, reason: result.errors?.[0]?.extensions?.reason };
}

/** A free hour of a room that needs approval on the day, for a booking that waits for the staff. */
async function approvalRoomSlot(token: string, day: string): Promise<{ roomId: string; startsAt: string }> {
  const rooms = await postGraphQL<{ meetingRooms: { edges: Array<{ node: Room }> } }>(graphqlUrl(), '{ meetingRooms(first: 200) { edges { node { id name buildingId needsApproval building { name } } } } }', { token });
  for (const room of (rooms.data?.meetingRooms.edges ?? []).map((edge) => edge.node).filter((candidate) => candidate.needsApproval)) {
    const answer = await postGraphQL<{ roomFreeBusy: Array<{ meetingRoom: { id: string }; hours: Array<{ hour: number; startsAt: string; free: boolean }> }> }>(
      graphqlUrl(),
      'query ($b: ID!, $d: Date!) { roomFreeBusy(buildingId: $b, day: $d) { meetingRoom { id } hours { hour startsAt free } } }',
      { token, variables: { b: room.buildingId, d: day } },
    );
    const free = answer.data?.roomFreeBusy.find((entry) => entry.meetingRoom.id === room.id)?.hours.find((hour) => hour.free && hour.hour >= 9);
    if (free) return { roomId: room.id, startsAt: free.startsAt };
  }
  throw new Error(`no free hour of a room that needs approval on ${day}`);
}

/** A time today in Shanghai the server takes for a visit: in 10 minutes, or half an hour ago late at night. */
function soonToday(): string {
  const soon = new Date(Date.now() + 10 * 60_000);
  return shanghaiDay(0) === new Date(soon.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) ? soon.toISOString() : new Date(Date.now() - 30 * 60_000).toISOString();
}

async function fillDate(input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

describe('a unit user books a meeting room in the grid, sees a clash on the form, and cancels in 我的预定', () => {
  let services: SupervisedProcess;
  let browser: Browser;
  let page: Page;
  let slot: Slot;
  let staffToken: string;
  let staffUnitId: string;

  beforeAll(async () => {
    services = await serveFrontend({ name: 'services', dist: e2e.servicesDist, port: e2e.servicesPort, gatewayOrigin: e2e.gatewayOrigin, logDir: e2e.logDir });
    slot = await pickSlot(await loginAs(graphqlUrl(), unitUser.username, unitUser.password));
    staffToken = await loginAs(graphqlUrl(), staff.username, staff.password);
    const me = await postGraphQL<{ me: { person: { organization: { id: string } } } }>(graphqlUrl(), '{ me { person { organization { id } } } }', { token: staffToken });
    staffUnitId = me.data!.me.person.organization.id;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await services?.stop();
  });

  const cell = (hour: number) => page.getByTestId('day-grid').locator(`tr[data-room="${slot.room.name}"] td[data-hour="${hour}"]`);

  it('books a free hour from the grid, which then shows it held; the same hour through the API is refused', async () => {
    await page.goto(e2e.shellUrl);
    await page.waitForURL(/\/login/);
    await logIn(page, unitUser);
    await page.getByRole('menuitem', { name: '综合服务' }).click();
    await openRemotePage(page, 'services', '会议室预定');
    await page.getByTestId('day-grid').waitFor();
    await page.getByTestId('building-picker').click();
    await page.getByRole('option', { name: slot.buildingLabel, exact: true }).click();
    await fillDate(page.locator('input[name=gridDay]'), slot.day);
    const [first] = slot.hours;
    await expect.poll(() => cell(first.hour).getAttribute('data-state')).toBe('free');
    await settled(page);
    await screenshot(page, 'services-rooms-day-grid');

    await page.getByRole('button', { name: `预定 ${slot.room.name} ${clock(first.hour)}` }).click();
    const form = page.getByTestId('booking-form');
    await form.waitFor();
    await form.locator('input[name=attendees]').fill('8');
    await form.locator('input[name=purpose]').fill('审计项目进点会（e2e）');
    await form.locator('textarea[name=needs]').fill('投影、茶水');
    await page.getByTestId('confirm-booking').click();
    await page.getByText(`已预定 ${slot.room.name} ${slot.day} ${clock(first.hour)}–${clock(first.hour + 1)}`).waitFor();
    await expect.poll(() => cell(first.hour).getAttribute('data-state')).toBe('busy');
    expect(await cell(first.hour).innerText()).toContain('审计项目进点会（e2e）');

    const again = await bookThroughApi(staffToken, slot.room.id, first.startsAt, staffUnitId);
    expect(again).toEqual({ id: undefined, reason: 'BOOKING_OVERLAP' });
    await settled(page);
    await screenshot(page, 'services-rooms-day-booked');
  });

  it('shows the week, each day’s free hours of each room', async () => {
    await page.getByTestId('grid-view').getByText('周视图').click();
    await page.getByTestId('week-grid').locator(`td[data-day="${slot.day}"]`).first().waitFor();
    await settled(page);
    await screenshot(page, 'services-rooms-week-grid');
    await page.getByTestId('grid-view').getByText('日视图').click();
    await page.getByTestId('day-grid').waitFor();
  });

  it('shows on the time field that someone else booked the hour meanwhile, naming that booking’s time', async () => {
    const [, second] = slot.hours;
    await expect.poll(() => cell(second.hour).getAttribute('data-state')).toBe('free');
    await page.getByRole('button', { name: `预定 ${slot.room.name} ${clock(second.hour)}` }).click();
    const form = page.getByTestId('booking-form');
    await form.waitFor();
    await form.locator('input[name=attendees]').fill('5');
    await form.locator('input[name=purpose]').fill('审计组碰头会（e2e）');
    expect(await bookThroughApi(staffToken, slot.room.id, second.startsAt, staffUnitId)).toMatchObject({ id: expect.any(String) });

    await page.getByTestId('confirm-booking').click();
    const timeField = form.getByTestId('booking-starts-at');
    await expect.poll(() => timeField.innerText()).toContain(`与已有预定时间冲突（${slot.day} ${clock(second.hour)}–${clock(second.hour + 1)}）`);
    await screenshot(page, 'services-rooms-form-conflict');
    await page.getByRole('dialog').getByRole('button', { name: '取消', exact: true }).click();
    // The clash reloaded the grid: the hour shows held, by a booking the unit may not read.
    await expect.poll(() => cell(second.hour).getAttribute('data-state')).toBe('busy');
  });

  it('lists the booking in 我的预定 and cancels it', async () => {
    await openRemotePage(page, 'services', '我的预定');
    const table = page.getByTestId('my-bookings-table');
    const row = table.locator('tr', { hasText: '审计项目进点会（e2e）' });
    await row.waitFor();
    await settled(page);
    await screenshot(page, 'services-rooms-my-bookings');
    await row.getByTestId('booking-cancel').click();
    await page.getByTestId('confirm-booking-step').click();
    await page.getByText('已取消“审计项目进点会（e2e）”').waitFor();
    await expect.poll(() => row.getByTestId('booking-status').innerText()).toBe('已取消');
  });

  it('shows the staff a request to decide, which they reject with a reason', async () => {
    const unitToken = await loginAs(graphqlUrl(), unitUser.username, unitUser.password);
    const hall = await approvalRoomSlot(unitToken, slot.day);
    const requested = await bookThroughApi(unitToken, hall.roomId, hall.startsAt);
    expect(requested).toMatchObject({ id: expect.any(String) });

    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    await logIn(page, staff);
    await page.getByRole('menuitem', { name: '综合服务' }).click();
    await openRemotePage(page, 'services', '预定审批');
    const row = page.getByTestId('approvals-table').locator('tr', { hasText: '全局审计工作会（e2e）' });
    await row.waitFor();
    await settled(page);
    await screenshot(page, 'services-rooms-approvals');
    await row.getByTestId('booking-reject').click();
    const form = page.getByTestId('decide-booking-form');
    await form.locator('textarea').fill('当日该厅另有全区大会（e2e）');
    await page.getByTestId('confirm-booking-decision').click();
    await page.getByText('已驳回“全局审计工作会（e2e）”').waitFor();
    await expect.poll(() => row.count()).toBe(0);
  });

  it('shows the staff the rooms and the visitors, and at the gate today’s visitor in full and checked in', async () => {
    const unitToken = await loginAs(graphqlUrl(), unitUser.username, unitUser.password);
    const registered = await postGraphQL<{ registerVisit: { id: string } }>(
      graphqlUrl(),
      'mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id } }',
      { token: unitToken, variables: { input: { visitorName: '王来访', visitorOrganization: '某会计师事务所', phone: '13812345678', idNumber: '11010519491231002X', carPlate: '沪A12345', expectedAt: soonToday(), purpose: '送审计底稿（e2e）' } } },
    );
    expect(registered.errors).toBeUndefined();

    for (const [title, testid, name] of [
      ['会议室管理', 'meeting-rooms-table', 'services-rooms-manage'],
      ['访客登记', 'visits-table', 'services-visitors'],
    ] as const) {
      await openRemotePage(page, 'services', title);
      await page.getByTestId(testid).locator('tbody tr').first().waitFor();
      await settled(page);
      expect(await page.locator('[data-error-code]').count()).toBe(0);
      await screenshot(page, name);
    }

    await openRemotePage(page, 'services', '门岗');
    const row = page.getByTestId('gate-table').locator('tr', { hasText: '王来访' });
    await row.waitFor();
    expect(await row.innerText()).toContain('****5678');
    await settled(page);
    await screenshot(page, 'services-visitors-gate');
    await row.getByTestId('visit-personal-data').click();
    const personal = page.getByTestId('personal-data');
    await expect.poll(() => personal.innerText()).toContain('13812345678');
    expect(await personal.innerText()).toContain('11010519491231002X');
    await screenshot(page, 'services-visitors-gate-personal-data');
    await page.getByRole('dialog').getByRole('button', { name: /close|关闭/i }).click();
    await row.getByTestId('visit-check_in').click();
    await page.getByTestId('confirm-visit-step').click();
    await page.getByText('王来访 已到访').waitFor();
    await expect.poll(() => row.getByTestId('visit-status').innerText()).toBe('已到访');
  });
});

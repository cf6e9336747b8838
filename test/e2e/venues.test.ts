import type { Page } from 'playwright-core';
import { screenshot, settled, tab } from '../support/browser';
import { e2eSuite } from '../support/e2e-host';

jest.setTimeout(90_000);

// The host's clock is pinned to Wednesday 2026-11-25 10:00 in Ordos; the demo data is seeded around it.
describe('H5 in Chromium: booking a room that needs approval', () => {
  const suite = e2eSuite();


  /** Taro's ScrollView shadows the element's own scrollIntoView with its prop of that name: call the DOM method. */
  const scrollTo = (page: Page, selector: string, block: 'start' | 'center') =>
    page.evaluate(([sel, b]) => HTMLElement.prototype.scrollIntoView.call(document.querySelector(sel), { block: b as ScrollLogicalPosition }), [selector, block]);

  it('a resident books two slots of the street’s hall, a worker approves, the resident sees 已预约', async () => {
    const resident = await suite.open('demo-resident');
    await tab(resident, '场地预约');
    await resident.getByText('本社区场地').waitFor();
    await resident.getByText('党群服务中心多功能厅').waitFor();
    await screenshot(resident, 'venues');

    await resident.getByText('党群服务中心多功能厅').click();
    await resident.locator('.nx-slot').first().waitFor();
    await settled(resident, '.nx-slot');
    // Saturday shows why slots are not free: 主题党日 reserved, my own request and a neighbour's waiting for approval.
    await resident.locator('.nx-date-strip__day[data-date="2026-11-28"]').click();
    await resident.locator('.nx-slot', { hasText: '主题党日' }).first().click();
    await resident.getByText('09:00–10:00 社区保留：主题党日').waitFor();
    await resident.getByText('12:00–14:00 不开放').waitFor();
    await scrollTo(resident, '.nx-venue__day', 'start');
    await screenshot(resident, 'venue-slot-states');

    await resident.locator('.nx-date-strip__day', { hasText: '明天' }).click();
    await resident.getByText('11月26日 周四（明天）', { exact: true }).waitFor();
    await resident.locator('.nx-slot', { hasText: '18:00–19:00' }).click();
    await resident.locator('.nx-slot', { hasText: '19:00–20:00' }).click();
    await resident.getByText('18:00–20:00 · 2个时段').waitFor();
    await scrollTo(resident, '.nx-date-strip', 'center');
    await screenshot(resident, 'venue-slots');

    await resident.locator('.nx-venue__book').click();
    await resident.getByText('该场地需社区审核，提交后请留意审核通知').waitFor();
    await resident.locator('input[placeholder="如：合唱团排练、楼栋议事会"]').fill('社区合唱团新年音乐会排练');
    await resident.locator('input[placeholder="不超过120人"]').fill('40');
    await resident.getByText('提交预约', { exact: true }).click();
    // The first booking asks for consent before the contact name and phone are sent (docs/PRIVACY.md).
    await resident.getByText('同意提交', { exact: true }).click();
    await resident.getByText('已提交，等待社区审核').waitFor();
    await settled(resident, '.nx-booking-result__actions');
    await screenshot(resident, 'booking-pending');

    const row = await suite.app.db.selectFrom('venue_bookings').select(['id', 'status', 'start_min', 'end_min']).where('purpose', '=', '社区合唱团新年音乐会排练').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', start_min: 18 * 60, end_min: 20 * 60 });

    const worker = await suite.open('demo-staff');
    await tab(worker, '我的');
    await worker.getByText('工作台', { exact: true }).click();
    const request = worker.locator('.nx-staff-row', { hasText: '11月26日 周四（明天） 18:00–20:00' });
    await request.waitFor();
    await settled(worker, '.nx-staff-row');
    await screenshot(worker, 'workbench-venues');
    await request.getByText('通过', { exact: true }).click();
    await worker.getByText('已通过').waitFor();
    await expect(request.count()).resolves.toBe(0);

    await resident.getByText('查看我的预约').click();
    const mine = resident.locator('.nx-booking-card', { hasText: '11月26日 周四（明天） 18:00–20:00' });
    await mine.getByText('已预约', { exact: true }).waitFor();
    await settled(resident, '.nx-booking-card');
    await screenshot(resident, 'my-bookings');
    const approved = await suite.app.db.selectFrom('venue_bookings').select('status').where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(approved.status).toBe('confirmed');
  });

  it('a worker sees the day of a venue and reserves a whole day for 主题党日', async () => {
    const worker = await suite.open('demo-staff');
    await tab(worker, '场地预约');
    await worker.getByText('书画棋牌室').first().click();
    await worker.getByText('社区工作人员').waitFor();
    await worker.getByText('当日预约与签到').click();
    const today = worker.locator('.nx-staff-row', { hasText: '象棋兴趣小组' });
    await today.getByText('签到', { exact: true }).waitFor();
    await expect(today.textContent()).resolves.toContain('李建国 139****5678');
    await settled(worker, '.nx-staff-row');
    await screenshot(worker, 'venue-day');

    await worker.getByText('后一天 ›').click();
    await worker.getByText('后一天 ›').click();
    await worker.getByText('后一天 ›').click();
    await worker.getByText('整天保留', { exact: true }).click();
    await worker.getByText('主题党日', { exact: true }).click();
    await worker.locator('.nx-reason-sheet__ok').click();
    await worker.getByText('已整天保留').waitFor();
    await worker.locator('.nx-staff-row', { hasText: '整天' }).waitFor();
  });

  it('a worker edits a room’s staggered hours from 场地管理', async () => {
    const worker = await suite.open('demo-staff');
    await tab(worker, '我的');
    await worker.getByText('工作台', { exact: true }).click();
    await worker.getByText('场地管理', { exact: true }).click();
    const studio = worker.locator('.nx-manage__venue', { hasText: '文体活动室' });
    await studio.getByText('编辑', { exact: true }).click();
    await worker.getByText('17:30–21:30 ✕').first().waitFor();
    await worker.getByText('17:30–21:30 ✕').first().click(); // Monday evenings closed
    await worker.locator('.nx-edit__save').click();
    await worker.getByText('已保存').waitFor();
    await worker.getByText('已保存').waitFor({ state: 'hidden' });
    await scrollTo(worker, '.nx-hours', 'start');
    await settled(worker, '.nx-hours');
    await screenshot(worker, 'venue-edit-hours');
    const venue = await suite.app.db.selectFrom('venues').select('weekly').where('name', '=', '文体活动室').executeTakeFirstOrThrow();
    expect(JSON.parse(venue.weekly)[0]).toEqual([]);
  });
});

// Pinned to Wednesday 2026-09-16 10:00: twelve Thursdays from tomorrow run through 国庆 (10月1日 is a Thursday).
describe('H5 in Chromium: a resident group books the same evening every week', () => {
  const suite = e2eSuite('2026-09-16T02:00:00.000Z');
  const HOLIDAY = '10月1日 国庆节放假，按周末时间开放，19:00–20:00 不开放';

  it('a contact books a 12-week series with the holiday week refused before sending; a worker approves the series', async () => {
    const contact = await suite.open('demo-resident-2');
    await tab(contact, '场地预约');
    await contact.getByText('居民议事活动室').first().click();
    await contact.getByText('和事佬调解工作室 · 每周固定时段').click();
    await contact.getByText('9月17日 周四', { exact: true }).waitFor();
    await contact.getByText('查看可预约情况').click();
    await contact.getByText(HOLIDAY).waitFor();
    await contact.getByText('居民议事活动室 每周四 · 可预约11/12周').waitFor();
    await settled(contact, '.nx-group-book__head');
    await contact.locator('.nx-group-book__week--no').scrollIntoViewIfNeeded();
    await screenshot(contact, 'group-series-preview');

    await contact.locator('input[placeholder="如：合唱排练"]').fill('邻里纠纷调解接待');
    await contact.locator('input[placeholder="每次到场人数"]').fill('6');
    await contact.getByText('提交申请（11次）').click();
    await contact.locator('.nx-series__head').waitFor();
    await contact.getByText('待审核', { exact: true }).first().waitFor();
    await contact.getByText(HOLIDAY).waitFor();
    await settled(contact, '.nx-series__head');
    await screenshot(contact, 'group-series-pending');
    const series = await suite.app.db.selectFrom('venue_series').select(['id', 'status']).where('purpose', '=', '邻里纠纷调解接待').executeTakeFirstOrThrow();
    const weeks = await suite.app.db.selectFrom('venue_bookings').select(['date', 'status']).where('series_id', '=', series.id).orderBy('date').execute();
    expect(weeks).toHaveLength(11);
    expect(weeks.map((w) => w.date)).not.toContain('2026-10-01');

    const worker = await suite.open('demo-staff');
    await tab(worker, '我的');
    await worker.getByText('工作台', { exact: true }).click();
    await worker.getByText('团体固定时段 · 待审核（1）').waitFor();
    await worker.locator('.nx-venues-bench__series', { hasText: '和事佬调解工作室' }).click();
    await worker.getByText('通过（11次）').click();
    await worker.getByText('已通过', { exact: true }).first().waitFor();
    await worker.locator('.nx-series__week', { hasText: '9月17日 周四' }).getByText('已预约').waitFor();
    await worker.locator('.taro__toast p', { hasText: '已通过' }).waitFor({ state: 'hidden' });
    await settled(worker, '.nx-series__head');
    await screenshot(worker, 'group-series-approved');
    const approved = await suite.app.db.selectFrom('venue_bookings').select('status').distinct().where('series_id', '=', series.id).execute();
    expect(approved).toEqual([{ status: 'confirmed' }]);
  });
});

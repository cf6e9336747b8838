import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { e2eSuite } from '../support/e2e-host';

jest.setTimeout(90_000);

/**
 * H5 in Chromium against the local host with all demo data, clock pinned to 2026-11-25 10:00 Shanghai. The seeded
 * 政策宣讲 is today at 15:00–16:30: a resident joins it, a worker checks her in, and after it ends she rates it.
 */
describe('H5 in Chromium: 活动日历 → 报名 → 签到 → 评价', () => {
  const suite = e2eSuite();
  const EVENT = '政策宣讲：养老保险与医保新政';


  const signupOf = (openid: string) =>
    suite.app.db
      .selectFrom('event_signups')
      .innerJoin('users', 'users.id', 'event_signups.user_id')
      .innerJoin('events', 'events.id', 'event_signups.event_id')
      .select(['event_signups.status', 'event_signups.checked_in_at', 'event_signups.rating', 'event_signups.rating_comment'])
      .where('users.openid', '=', openid)
      .where('events.title', '=', EVENT)
      .executeTakeFirst();

  let resident: Page;

  /** A page opened with navigateTo has finished sliding in (Taro H5 marks it stationed), so screenshots are still. */
  const settled = (page: Page, selector: string) => page.locator('.taro_page.taro_page_stationed', { has: page.locator(selector) }).waitFor();
  /** Toasts fade after two seconds; wait for it so it does not cover the screenshot. */
  const toastGone = (page: Page, text: string) => page.locator('.taro__toast p', { hasText: text }).waitFor({ state: 'hidden' });

  it('a resident finds today’s event on the calendar and joins it', async () => {
    resident = await suite.open('demo-resident');
    await resident.getByText('2026年11月').waitFor();
    await resident.getByText('达尔罕社区 · 哈巴格希街道').waitFor();
    // Today is chosen and its events are listed under the grid.
    await resident.locator('.nx-month__cell--today.nx-month__cell--selected').waitFor();
    await resident.getByText('11月25日 周三（今天）').waitFor();
    await screenshot(resident, 'calendar');

    // A street-wide event of the neighbouring community shows on its day, with the category filter.
    await resident.locator('[data-category="party"]').click();
    await resident.locator('[data-date="2026-11-27"]').click();
    await resident.getByText('“红色领航 共建同行”党建沙龙').waitFor();
    await resident.getByText('已满可候补').first().waitFor();
    await screenshot(resident, 'calendar-filtered');
    await resident.locator('[data-category="all"]').click();

    // October: 国庆节 rest days (休), the make-up Saturday (班) and 重阳节 under the 18th, from the official calendar.
    await resident.locator('.nx-cal__prev').click();
    await resident.getByText('2026年10月').waitFor();
    await resident.locator('[data-date="2026-10-18"]', { hasText: '重阳节' }).waitFor();
    await resident.locator('[data-date="2026-10-01"] .nx-month__badge--rest').waitFor();
    await resident.locator('[data-date="2026-10-10"] .nx-month__badge--work').waitFor();
    await screenshot(resident, 'calendar-holidays');
    await resident.getByText('回今天').click();
    await resident.getByText('2026年11月').waitFor();

    await resident.locator('[data-date="2026-11-25"]').click();
    await resident.getByText(EVENT).click();
    await settled(resident, '.nx-hero');
    await resident.locator('.nx-hero').getByText('报名中').waitFor();
    await screenshot(resident, 'event-detail');

    await resident.getByText('立即报名', { exact: true }).click();
    await resident.getByText('报名成功').waitFor();
    await toastGone(resident, '报名成功');
    await resident.getByText('我的报名').waitFor();
    // It is the day of the event: the check-in code is shown.
    await resident.locator('.nx-qr').waitFor();
    expect(await resident.locator('.nx-qr').getAttribute('data-qr')).toMatch(/^NX1\.e\.\d+\./);
    await screenshot(resident, 'event-checkin-code');
    expect(await signupOf('demo-resident')).toMatchObject({ status: 'confirmed', checked_in_at: null });
  });

  it('a worker sees it on the 工作台 and checks her in by name', async () => {
    const worker = await suite.open('demo-staff');
    await worker.getByText('我的', { exact: true }).last().click();
    await worker.getByText('工作台', { exact: true }).click();
    await settled(worker, '.nx-wb-events');
    await worker.getByText('签到 0/4').waitFor();
    await screenshot(worker, 'workbench-events');

    await worker.locator('.nx-wb-events').getByText(EVENT).click();
    await settled(worker, '.nx-attendees__title');
    await worker.getByRole('textbox', { name: '按姓名查找' }).fill('王秀兰');
    const row = worker.locator('.nx-attendee', { hasText: '王秀兰' });
    await row.getByText('签到', { exact: true }).click();
    await worker.getByText('王秀兰 签到成功').waitFor();
    await row.getByText(/已签到/).waitFor();
    await worker.getByRole('textbox', { name: '按姓名查找' }).fill('');
    await worker.locator('.nx-attendee').nth(3).waitFor();
    await toastGone(worker, '王秀兰 签到成功');
    await screenshot(worker, 'attendees');
    expect((await signupOf('demo-resident'))?.checked_in_at).toBeTruthy();
  });

  it('after the event the resident rates it, once', async () => {
    suite.app.clock.set('2026-11-25T09:00:00.000Z'); // 17:00 Shanghai, after the 16:30 end
    await resident.reload();
    await resident.getByText('活动结束了，给这次活动打个分吧').waitFor();
    await resident.locator('.nx-rate [data-star="5"]').click();
    await resident.getByRole('textbox', { name: '评价内容' }).fill('讲得清楚，现场还帮我查了医保账户');
    await screenshot(resident, 'event-rate');
    await resident.getByText('提交评价', { exact: true }).click();
    await resident.getByText('感谢您的评价').first().waitFor();
    await resident.locator('.nx-mine .nx-stars').waitFor();
    await toastGone(resident, '感谢您的评价');
    expect(await resident.getByText('提交评价').count()).toBe(0);
    expect(await signupOf('demo-resident')).toMatchObject({ rating: 5, rating_comment: '讲得清楚，现场还帮我查了医保账户' });

    // 我的活动 shows it in the history with its state.
    await resident.goto(`${suite.base}#/packages/events/mine/index`);
    await resident.getByText('历史记录').click();
    await resident.locator('.nx-event-row', { hasText: EVENT }).getByText('已签到').waitFor();
    await screenshot(resident, 'my-events');
  });

  it('a worker publishes a weekly event from the 工作台', async () => {
    const worker = await suite.open('demo-staff');
    await worker.getByText('我的', { exact: true }).last().click();
    await worker.getByText('工作台', { exact: true }).click();
    await worker.getByText('发布活动', { exact: true }).click();
    await settled(worker, '.nx-form__actions');
    await worker.getByRole('textbox', { name: '活动名称' }).fill('老年剪纸兴趣班');
    await worker.getByRole('textbox', { name: '地点' }).fill('党群服务中心一楼活动室');
    await worker.locator('.nx-form .nx-chip', { hasText: '文体' }).click();
    await worker.getByRole('switch', { name: '每周重复' }).click();
    await worker.locator('.nx-form .nx-chip[role="checkbox"].nx-chip--on').first().waitFor();
    await screenshot(worker, 'event-form');
    await worker.getByText('发布每周活动', { exact: true }).click();
    await settled(worker, '.nx-hero');
    await worker.getByText('老年剪纸兴趣班').first().waitFor();
    await worker.getByText('每周活动').waitFor();
    const rows = await suite.app.db.selectFrom('events').select(['start_date', 'series_id']).where('title', '=', '老年剪纸兴趣班').orderBy('start_date').execute();
    expect(rows.length).toBe(5);
    expect(rows[0].start_date).toBe('2026-11-26');
    expect(new Set(rows.map((r) => r.series_id)).size).toBe(1);
  });
});

const fs = require('fs');
const { installHost, renderPage, waitFor, text, DIST } = require('./harness');

const slot = (hour, state, note) => ({ start: hour * 60, end: hour * 60 + 60, state, ...(note && { note }) });
const venue = {
  id: 7,
  name: '党群服务中心多功能厅',
  kind: 'center',
  streetWide: true,
  communityId: 1,
  placeName: '哈巴格希街道',
  address: '哈巴格希街道党群服务中心二楼',
  capacity: 120,
  facilities: ['投影', '音响'],
  photos: [],
  hoursSummary: '工作日 18:00–21:00 · 周末 09:00–12:00、14:00–21:00',
  requiresApproval: true,
  active: true,
  nextFree: { date: '2026-11-25', start: 1140, end: 1200 },
  description: '',
  weekly: [],
  slotMinutes: 60,
  slotOffset: 0,
  rules: { requiresApproval: true, bookingWindowDays: 2, minNoticeMinutes: 120, maxSlotsPerBooking: 3, maxUpcomingPerResident: 2, maxMinutesPerWeek: 240, cancelDeadlineMinutes: 120, checkinWindowMinutes: 15 },
  rulesSummary: '可提前2天预约 · 需提前2小时',
  specialDates: [],
  canManage: false,
  window: { first: '2026-11-25', last: '2026-11-26' },
};
const days = [
  { date: '2026-11-25', dayType: 'workday', hoursNote: '', freeCount: 2, slots: [slot(18, 'expired', '需提前2小时预约'), slot(19, 'free'), slot(20, 'free')] },
  { date: '2026-11-26', dayType: 'workday', hoursNote: '', freeCount: 1, slots: [slot(18, 'free'), slot(19, 'reserved', '主题党日'), slot(20, 'full')] },
];

describe('the built venue page (dist/, miniprogram-simulate)', () => {
  let host;

  beforeAll(() => {
    if (!fs.existsSync(`${DIST}/packages/venues/detail/index.js`)) throw new Error('dist/ is missing the venue page: run npm run build:weapp first');
    host = installHost({
      'venues.page': () => ({
        venue,
        slots: { venueId: 7, today: '2026-11-25', slotMinutes: 60, maxSlotsPerBooking: 3, days },
        allowance: { weeks: [{ first: '2026-11-23', last: '2026-11-29', usedMinutes: 0, minutesLeft: 240 }], maxMinutesPerWeek: 240, upcoming: 0, maxUpcoming: 2 },
        groups: [],
      }),
    });
  });

  it('draws the slot grid of the day through wx.cloud.callFunction, and selects slots by tapping', async () => {
    const page = renderPage('packages/venues/detail/index', { id: '7' });
    await waitFor(() => expect(page.querySelectorAll('.nx-slot').length).toBe(3));
    expect(host.calls.map((c) => c.action)).toEqual(['venues.page']);
    expect(host.calls[0].payload).toEqual({ venueId: 7 });
    expect(text(page.querySelector('.nx-venue-facts__name'))).toBe('党群服务中心多功能厅');
    expect(text(page.querySelector('.nx-allowance'))).toContain('本周还可预约4小时（每周最多4小时）');
    expect(page.querySelectorAll('.nx-slot').map((s) => text(s))).toEqual(['18:00–19:00已过期', '19:00–20:00可预约', '20:00–21:00可预约']);

    page.querySelectorAll('.nx-slot')[1].dispatchEvent('tap');
    await waitFor(() => expect(text(page.querySelectorAll('.nx-slot')[1])).toBe('19:00–20:00已选'));
    page.querySelectorAll('.nx-slot')[2].dispatchEvent('tap');
    await waitFor(() => expect(text(page.querySelector('.nx-venue__bar-main'))).toBe('19:00–21:00 · 2个时段'));
    expect(text(page.querySelector('.nx-venue__bar-sub'))).toBe('11月25日 周三（今天） · 需社区审核');

    page.querySelectorAll('.nx-slot')[0].dispatchEvent('tap');
    await waitFor(() => expect(text(page.querySelector('.nx-venue__why'))).toBe('18:00–19:00 已过期：需提前2小时预约'));

    // Another day from the date strip: the selection clears and a reserved slot shows its reason.
    expect(page.querySelectorAll('.nx-date-strip__day').map((d) => text(d))).toEqual(['今天11/25余2', '明天11/26余1']);
    page.querySelectorAll('.nx-date-strip__day')[1].dispatchEvent('tap');
    await waitFor(() => expect(text(page.querySelectorAll('.nx-slot')[1])).toBe('19:00–20:00社区保留主题党日'));
    expect(page.querySelector('.nx-venue__bar-main')).toBeFalsy();
  });
});

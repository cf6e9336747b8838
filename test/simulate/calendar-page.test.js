const fs = require('fs');
const { installHost, renderPage, waitFor, text, templateAttribute, DIST } = require('./harness');

/** November 2026 (1 November is a Sunday), today the 25th; events on the 25th and the 27th. */
const event = (id, title, startsAt, endsAt, extra = {}) => ({
  id,
  title,
  category: 'lecture',
  communityId: 1,
  communityName: '达尔罕社区',
  audience: 'community',
  startsAt,
  endsAt,
  place: '党群服务中心',
  status: 'open',
  capacity: 30,
  seatsLeft: 20,
  waiting: 0,
  partyLimit: 1,
  seriesId: null,
  mine: null,
  ...extra,
});

const events = [
  event(1, '政策宣讲：养老保险与医保新政', '2026-11-25T07:00:00.000Z', '2026-11-25T08:30:00.000Z'),
  event(2, '“红色领航 共建同行”党建沙龙', '2026-11-27T06:30:00.000Z', '2026-11-27T08:30:00.000Z', { category: 'party', status: 'full', seatsLeft: 0, waiting: 3 }),
];

const days = Array.from({ length: 30 }, (_, i) => {
  const date = `2026-11-${String(i + 1).padStart(2, '0')}`;
  const count = date === '2026-11-25' || date === '2026-11-27' ? 1 : 0;
  return { date, lunar: i === 8 ? '寒衣节' : `初${i + 1}`, festival: i === 8 ? '寒衣节' : null, holiday: null, rest: false, workday: false, count };
});

describe('the built 活动日历 page (dist/, miniprogram-simulate)', () => {
  let host;

  beforeAll(() => {
    if (!fs.existsSync(`${DIST}/pages/calendar/index.js`)) throw new Error('dist/ is missing: run npm run build:weapp first');
    host = installHost({
      'me.get': () => ({
        id: 1,
        role: 'resident',
        name: '王秀兰',
        phone: '13847701234',
        address: '',
        community: { id: 1, name: '达尔罕社区', streetId: 1, streetName: '哈巴格希街道', districtName: '康巴什区' },
        staffCommunities: [],
      }),
      'events.month': () => ({ month: '2026-11', today: '2026-11-25', community: { id: 1, name: '达尔罕社区', streetName: '哈巴格希街道' }, days, events }),
    });
  });

  it('draws the month with one call, and a tapped marked day shows its events', async () => {
    const page = renderPage('pages/calendar/index');
    await waitFor(() => expect(text(page.querySelector('.nx-cal__month'))).toBe('2026年11月'));
    expect(page.querySelectorAll('.nx-month__head').map(text)).toEqual(['一', '二', '三', '四', '五', '六', '日']);
    // The arrows are icons only: their spoken labels reach the built WXML (config/aria-plugin.cjs).
    expect(templateAttribute(page, page.querySelector('.nx-cal__prev'), 'aria-label')).toBe('上个月');
    expect(templateAttribute(page, page.querySelector('.nx-cal__next'), 'aria-label')).toBe('下个月');
    // Six blanks, then 30 days.
    expect(page.querySelectorAll('.nx-month__cell--blank').length).toBeGreaterThanOrEqual(6);
    const cells = page.querySelectorAll('.nx-month__cell').filter((c) => !c.dom.className.includes('blank'));
    expect(cells).toHaveLength(30);
    const marked = page.querySelectorAll('.nx-month__cell--marked');
    expect(marked.map(text)).toEqual(['25初251场', '27初271场']);
    expect(text(page.querySelector('.nx-month__cell--today'))).toBe('25初251场');
    expect(text(cells[8])).toBe('9寒衣节');
    expect(text(page.querySelector('.nx-event-row__title'))).toBe('政策宣讲：养老保险与医保新政');

    marked[1].dispatchEvent('tap');
    await waitFor(() => expect(text(page.querySelector('.nx-event-row__title'))).toBe('“红色领航 共建同行”党建沙龙'));
    expect(text(page.querySelector('.nx-day__date'))).toBe('11月27日 周五（后天）');
    expect(text(page.querySelector('.nx-event-row'))).toContain('已满可候补');
    expect(host.calls.filter((c) => c.action === 'events.month')).toEqual([{ action: 'events.month', payload: {} }]);
  });

});

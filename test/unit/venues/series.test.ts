import { dayInfo } from '../../../cloud/features/venues/domain/calendar';
import { hoursOfDay } from '../../../cloud/features/venues/domain/hours';
import type { Occupant } from '../../../cloud/features/venues/domain/occupancy';
import { checkSeriesShape, planSeries, seriesDates, type SeriesRequest } from '../../../cloud/features/venues/domain/series';
import type { SpecialDate } from '../../../types/venues/models';
import { at, hm, schedule, span, staggeredWeek } from './fixtures';

// 30-minute slots on weekday evenings 18:00–21:00, weekend mornings 09:00–12:00; now is Wednesday 2026-09-16 10:00.
const s = schedule({ weekly: staggeredWeek([span('18:00', '21:00')], [span('09:00', '12:00')]) });
const NOW = at('2026-09-16T10:00');
const REQ: SeriesRequest = { firstDate: '2026-09-17', weeks: 12, start: hm(19), end: hm(20) };

function plan(
  opts: { req?: Partial<SeriesRequest>; special?: Record<string, SpecialDate>; held?: Record<string, Occupant[]>; quota?: number; used?: [string, number][]; now?: Date } = {},
) {
  const req = { ...REQ, ...opts.req };
  const weeks = seriesDates(req.firstDate, req.weeks).map((date) => ({
    date,
    day: dayInfo(date),
    hours: hoursOfDay(s.weekly, date, dayInfo(date), opts.special?.[date]),
    occupants: opts.held?.[date] ?? [],
  }));
  return planSeries(req, weeks, s, { groupName: '书画社', weeklyMinutes: opts.quota ?? 120, usedByWeek: new Map(opts.used ?? []) }, opts.now ?? NOW);
}
const refused = (p: ReturnType<typeof plan>) => p.filter((o) => !o.ok).map((o) => [o.date, o.reason]);
const occupant = (start: number, end: number, over: Partial<Occupant> = {}): Occupant => ({ start, end, kind: 'booking', status: 'confirmed', userId: 9, reason: '', ...over });

describe('the dates of a weekly series', () => {
  it.each([
    ['one week', '2026-09-17', 1, ['2026-09-17']],
    ['across a month end', '2026-09-24', 3, ['2026-09-24', '2026-10-01', '2026-10-08']],
    ['across a year end', '2026-12-24', 3, ['2026-12-24', '2026-12-31', '2027-01-07']],
    ['never past 12 weeks, whatever is asked', '2026-09-17', 50, 12],
  ])('%s', (_label, first, weeks, expected) => {
    const dates = seriesDates(first, weeks);
    if (typeof expected === 'number') expect(dates).toHaveLength(expected);
    else expect(dates).toEqual(expected);
  });
});

describe('what is refused of a series as a whole', () => {
  it.each<[string, Partial<SeriesRequest>, string | null, string]>([
    ['a run of whole slots', {}, null, ''],
    ['the end before the start', { start: hm(20), end: hm(19) }, 'end', '结束时间须晚于开始时间'],
    ['a start off the grid', { start: hm(19, 15), end: hm(20, 15) }, 'start', '所选时间与场地的时段不一致，请按场地的时段选择'],
    ['more slots than the room allows', { start: hm(18), end: hm(21) }, 'end', '每次最多预约4个时段（2小时）'],
    ['a first date already past', { firstDate: '2026-09-15' }, 'firstDate', '首次日期不能早于今天'],
    ['today', { firstDate: '2026-09-16' }, null, ''],
    ['a first date 61 days ahead', { firstDate: '2026-11-16' }, 'firstDate', '首次日期须在60天之内'],
  ])('%s', (_label, over, field, message) => {
    const r = checkSeriesShape({ ...REQ, ...over }, s, 4, NOW);
    if (field === null) expect(r).toBeNull();
    else expect(r).toEqual({ code: 'INVALID_INPUT', field, message });
  });
});

describe('each week of a series, checked on its own date', () => {
  it('12 ordinary Thursdays but 国庆: the holiday opens like a Saturday, which has no evening', () => {
    expect(refused(plan())).toEqual([['2026-10-01', '10月1日 国庆节放假，按周末时间开放，19:00–20:00 不开放']]);
  });

  it('a weekend series meets the make-up workday (调休) that opens with workday hours', () => {
    const p = plan({ req: { firstDate: '2026-10-10', weeks: 2, start: hm(9), end: hm(10) } });
    expect(refused(p)).toEqual([['2026-10-10', '10月10日 调休上班日，按工作日时间开放，09:00–10:00 不开放']]);
  });

  it.each<[string, Parameters<typeof plan>[0], [string, string][]]>([
    ['a special date closes the room', { special: { '2026-09-24': { date: '2026-09-24', kind: 'closed', intervals: [], reason: '设备检修' } } }, [['2026-09-24', '9月24日 闭馆：设备检修']]],
    [
      'a special opening without the evening',
      { special: { '2026-09-24': { date: '2026-09-24', kind: 'open', intervals: [span('14:00', '17:00')], reason: '社区活动日' } } },
      [['2026-09-24', '9月24日 特别开放：社区活动日，19:00–20:00 不开放']],
    ],
    ['a resident’s booking', { held: { '2026-09-24': [occupant(hm(19, 30), hm(20, 30))] } }, [['2026-09-24', '9月24日 19:30–20:30 已被预约']]],
    ['another group’s series', { held: { '2026-09-24': [occupant(hm(18), hm(19, 30), { reason: '夕阳红合唱队', userId: null })] } }, [['2026-09-24', '9月24日 18:00–19:30 已被夕阳红合唱队占用']]],
    ['a reservation', { held: { '2026-09-24': [occupant(hm(18), hm(21), { kind: 'reserved', reason: '主题党日' })] } }, [['2026-09-24', '9月24日 18:00–21:00 已被社区保留：主题党日']]],
    ['a no-show that released its rest is not in the way', { held: { '2026-09-24': [occupant(hm(18), hm(19), { status: 'no_show' })] } }, []],
    ['the first week within the notice', { now: at('2026-09-17T17:30') }, [['2026-09-17', '9月17日 需至少提前2小时预约']]],
    ['the first week already started', { now: at('2026-09-17T19:10') }, [['2026-09-17', '9月17日 该时段已开始或已结束']]],
  ])('refuses one week for %s', (_label, opts, expected) => {
    expect(refused(plan(opts)).filter(([d]) => d !== '2026-10-01')).toEqual(expected);
  });

  it.each<[string, Parameters<typeof plan>[0], [string, string][]]>([
    ['within the quota', { quota: 60 }, []],
    ['over a quota too small for one week', { quota: 30, req: { weeks: 2 } }, [
      ['2026-09-17', '9月17日 书画社当周超出每周30分钟的额度'],
      ['2026-09-24', '9月24日 书画社当周超出每周30分钟的额度'],
    ]],
    ['over the quota where the group holds other time that week', { quota: 90, used: [['2026-09-21', 60]], req: { weeks: 2 } }, [['2026-09-24', '9月24日 书画社当周已预约1小时，超出每周90分钟的额度']]],
  ])('counts the group’s weekly quota: %s', (_label, opts, expected) => {
    expect(refused(plan(opts)).filter(([d]) => d !== '2026-10-01')).toEqual(expected);
  });
});

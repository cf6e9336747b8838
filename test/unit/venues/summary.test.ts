import { hoursSummary, rulesSummary } from '../../../cloud/features/venues/domain/summary';
import type { WeeklyHours } from '../../../types/venues/models';
import { span, staggeredWeek } from './fixtures';

const week = (days: ReturnType<typeof span>[][]): WeeklyHours => days;

describe('the hours in one line', () => {
  it.each([
    ['错时: weekday evenings, weekends all day', staggeredWeek([span('17:30', '21:00')], [span('09:00', '21:00')]), '工作日 17:30–21:00 · 周末 09:00–21:00'],
    ['the same every day', staggeredWeek([span('08:30', '21:30')], [span('08:30', '21:30')]), '每天 08:30–21:30'],
    ['weekends only', staggeredWeek([], [span('09:00', '17:00')]), '周末 09:00–17:00'],
    ['a lunch break', staggeredWeek([span('19:00', '21:00')], [span('09:00', '12:00'), span('14:00', '21:00')]), '工作日 19:00–21:00 · 周末 09:00–12:00、14:00–21:00'],
    [
      'runs of days when the week is irregular, closed days left out',
      week([[], [span('18:00', '21:00')], [span('18:00', '21:00')], [span('18:00', '21:00')], [span('18:00', '22:00')], [span('09:00', '21:00')], [span('09:00', '21:00')]]),
      '周二至周四 18:00–21:00 · 周五 18:00–22:00 · 周六、周日 09:00–21:00',
    ],
    ['never open', staggeredWeek([], []), '暂未开放'],
  ])('%s', (_label, weekly, expected) => {
    expect(hoursSummary(weekly)).toBe(expected);
  });
});

describe('the rules in one line', () => {
  it('reads like a notice on the door', () => {
    const rules = { requiresApproval: true, bookingWindowDays: 7, minNoticeMinutes: 120, maxSlotsPerBooking: 3, maxUpcomingPerResident: 2, maxMinutesPerWeek: 240, cancelDeadlineMinutes: 1440, checkinWindowMinutes: 15 };
    expect(rulesSummary(rules, 60)).toBe('可提前7天预约 · 需提前2小时 · 每次最多3个时段（每段1小时） · 开始前1天可取消 · 开始前后15分钟内签到');
    expect(rulesSummary({ ...rules, minNoticeMinutes: 0 }, 30)).toContain('随时可约 · 每次最多3个时段（每段30分钟）');
  });
});

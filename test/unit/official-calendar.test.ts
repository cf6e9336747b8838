import { dayInfo } from '../../cloud/features/venues/domain/calendar';
import { hoursOfDay } from '../../cloud/features/venues/domain/hours';
import { arrangementPublished, noticeFor } from '../../cloud/lib/official-calendar';

// chinese-days 1.5.7 carries the State Council's arrangements up to 2026; later years are plain weekdays and weekends
// until the package is updated, and residents are told so.
describe('the official calendar beyond the published years', () => {
  it.each([
    [2025, true],
    [2026, true],
    [2027, false],
    [2100, false],
  ])('knows whether %i is published', (year, published) => {
    expect(arrangementPublished(year)).toBe(published);
  });

  it.each([
    ['2026-10-01', { type: 'holiday', name: '国庆节' }],
    ['2027-10-01', { type: 'workday', unpublished: true }],
    ['2027-10-02', { type: 'weekend', unpublished: true }],
  ])('reads %s as %p', (date, info) => {
    expect(dayInfo(date)).toEqual(info);
  });

  it('says so where it matters: the month notice and the day hours', () => {
    expect(noticeFor(['2026-12-01'])).toBeNull();
    expect(noticeFor(['2026-12-31', '2027-01-01'])).toBe('2027年法定节假日和调休安排尚未公布，暂按普通工作日和周末显示');
    const evening: [number, number][] = [[1080, 1260]];
    const weekly = [evening, evening, evening, evening, evening, [[540, 1260]] as [number, number][], [[540, 1260]] as [number, number][]];
    expect(hoursOfDay(weekly, '2027-10-01', dayInfo('2027-10-01'))).toEqual({ intervals: evening, note: '2027年节假日安排尚未公布，暂按平常时间开放' });
  });
});

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Me } from '../../../types';
import CalendarPage from '../../../src/pages/calendar/index';
import { calendar } from '../../../src/features/events/stores/calendar';
import { session } from '../../../src/features/people/stores/session';
import { fakeApi } from '../fake-api';
import { feedback, resetTaroMock } from '../mocks/taro';
import { monthView, summary } from '../../support/events-views';

const resident: Me = {
  id: 1,
  role: 'resident',
  name: '王秀兰',
  phone: '13847701234',
  address: '',
  community: { id: 1, name: '达尔罕社区', streetId: 1, streetName: '哈巴格希街道', districtName: '康巴什区' },
  staffCommunities: [],
  unreadMessages: 0,
};

const cell = (container: HTMLElement, date: string) => container.querySelector(`[data-date="${date}"]`) as HTMLElement;

beforeEach(() => {
  resetTaroMock();
  session.reset();
  calendar.reset();
});

describe('活动日历', () => {
  it('draws the month Monday first, marks today and the days with events, and lists today’s events', async () => {
    const api = fakeApi({ 'me.get': () => resident, 'events.month': () => monthView() });
    const { container } = render(<CalendarPage />);
    await screen.findByText('2026年11月');
    expect(screen.getByText('达尔罕社区 · 哈巴格希街道')).toBeTruthy();
    expect(Array.from(container.querySelectorAll('.nx-month__head'), (h) => h.textContent)).toEqual(['一', '二', '三', '四', '五', '六', '日']);
    // 1 November 2026 is a Sunday: six blanks before it.
    expect(container.querySelectorAll('.nx-month__week')[0].querySelectorAll('.nx-month__cell--blank')).toHaveLength(6);
    expect(cell(container, '2026-11-25').className).toContain('nx-month__cell--today');
    expect(cell(container, '2026-11-27').textContent).toContain('1场');
    expect(cell(container, '2026-11-26').textContent).not.toContain('场');
    expect(cell(container, '2026-11-09').textContent).toContain('寒衣节');
    expect(screen.getByText('11月25日 周三（今天）')).toBeTruthy();
    expect(screen.getByText('政策宣讲：养老保险与医保新政')).toBeTruthy();
    // The first launch cost one call: the month alone, without asking who I am.
    expect(api.actions()).toEqual(['events.month']);
  });

  it('tapping a day shows its events, and an event opens its detail', async () => {
    fakeApi({ 'me.get': () => resident, 'events.month': () => monthView() });
    const { container } = render(<CalendarPage />);
    await screen.findByText('2026年11月');
    fireEvent.click(cell(container, '2026-11-27'));
    expect(await screen.findByText('“红色领航 共建同行”党建沙龙')).toBeTruthy();
    expect(screen.getByText('已满可候补')).toBeTruthy();
    expect(screen.getByText('兴旺社区')).toBeTruthy();
    fireEvent.click(screen.getByText('“红色领航 共建同行”党建沙龙'));
    expect(feedback.navigations).toEqual(['/packages/events/detail/index?id=2']);
  });

  it('category chips filter the counts and the list without another call', async () => {
    const api = fakeApi({ 'me.get': () => resident, 'events.month': () => monthView() });
    const { container } = render(<CalendarPage />);
    await screen.findByText('2026年11月');
    fireEvent.click(container.querySelector('[data-category="family"]')!);
    expect(cell(container, '2026-11-25').textContent).not.toContain('场');
    expect(cell(container, '2026-11-30').textContent).toContain('1场');
    expect(screen.queryByText('政策宣讲：养老保险与医保新政')).toBeNull();
    expect(api.actions().filter((a) => a === 'events.month')).toHaveLength(1);
  });

  it('moves to the previous month with one call for it', async () => {
    const api = fakeApi({
      'me.get': () => resident,
      'events.month': (p: { month?: string }) => (p.month === '2026-10' ? { ...monthView([summary({ startsAt: '2026-10-18T07:00:00.000Z' })]), month: '2026-10' } : monthView()),
    });
    render(<CalendarPage />);
    await screen.findByText('2026年11月');
    await act(async () => fireEvent.click(screen.getByText('‹')));
    expect(await screen.findByText('2026年10月')).toBeTruthy();
    expect(api.calls.filter((c) => c.action === 'events.month').map((c) => c.payload)).toEqual([{}, { month: '2026-10' }]);
    expect(screen.getByText('回今天')).toBeTruthy();
  });

  it('an empty month says what to do next', async () => {
    fakeApi({ 'me.get': () => resident, 'events.month': () => monthView([]) });
    render(<CalendarPage />);
    expect(await screen.findByText('本月暂无活动，去看看场地预约')).toBeTruthy();
    fireEvent.click(screen.getByText('去场地预约'));
    expect(feedback.navigations).toEqual(['/pages/venues/index']);
  });

  it('offers 重试 when the month fails to load, and recovers', async () => {
    let fail = true;
    fakeApi({
      'me.get': () => resident,
      'events.month': () => {
        if (fail) throw { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' };
        return monthView();
      },
    });
    render(<CalendarPage />);
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeTruthy();
    fail = false;
    await act(async () => fireEvent.click(screen.getByText('重试')));
    await waitFor(() => expect(screen.getByText('2026年11月')).toBeTruthy());
  });

  it('asks a newcomer to choose a community first, from the month’s own answer', async () => {
    const api = fakeApi({ 'events.month': () => ({ ...monthView([]), community: null }) });
    render(<CalendarPage />);
    expect(await screen.findByText('请先在「我的」里选择所在社区，就能看到社区的活动')).toBeTruthy();
    expect(api.actions()).toEqual(['events.month']);
    fireEvent.click(screen.getByText('去选择社区'));
    expect(feedback.navigations).toEqual(['/pages/me/index']);
  });
});

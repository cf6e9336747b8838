import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { UsageFigures, VenueUsage } from '../../../types';
import UsagePage from '../../../src/packages/venues/usage/index';
import { usageOf } from '../../../src/features/venues/stores/usage';
import { feedback, resetTaroMock, setRouterParams } from '../mocks/taro';
import { fakeApi } from '../fake-api';

const figures = (over: Partial<UsageFigures> = {}): UsageFigures => ({
  openMinutes: 6000, bookedMinutes: 1500, heldMinutes: 600, usedMinutes: 900, bookedShare: 0.25, heldShare: 0.1, usedShare: 0.15, bookings: 10, noShows: 2, noShowRate: 0.2, ...over,
});

/** The server's current month (the device's clock may be in another). */
const CURRENT = '2026-11';

function usage(month = CURRENT, level: VenueUsage['level'] = 'street'): VenueUsage {
  return {
    level,
    placeId: 3,
    placeName: '哈巴格希街道',
    up: { level: 'district', placeId: 1, name: '康巴什区' },
    month,
    currentMonth: CURRENT,
    weeks: [{ from: `${month}-01`, to: `${month}-04` }],
    total: figures(),
    totalWeeks: [figures({ bookedShare: 0.4 })],
    communities: [{ communityId: 7, name: '达尔罕社区', month: figures() }],
    rooms: [{ venueId: 11, name: '书画室', communityId: 7, communityName: '达尔罕社区', month: figures({ usedShare: 0.2 }), weeks: [figures()] }],
    heat: [
      { weekday: 1, hour: 18, openMinutes: 240, busyMinutes: 240, share: 1 },
      { weekday: 6, hour: 9, openMinutes: 240, busyMinutes: 0, share: 0 },
    ],
  };
}

beforeEach(() => {
  resetTaroMock();
  usageOf.clear();
  setRouterParams({ level: 'street', id: '3' });
});

describe('场所利用率 (workers)', () => {
  it('shows the month’s shares, its weeks, communities and rooms, and the heat map', async () => {
    const api = fakeApi({ 'venues.usage': (p) => usage(p.month) });
    render(<UsagePage />);
    expect(await screen.findByText('哈巴格希街道 · 街道')).toBeTruthy();
    // The first call leaves the month to the server's clock, and the page shows the month it answered.
    expect(api.calls[0].payload).toEqual({ level: 'street', placeId: 3 });
    expect(screen.getByText('2026年11月')).toBeTruthy();
    expect(screen.getByText('25%')).toBeTruthy(); // 预约率
    expect(screen.getByText('20%')).toBeTruthy(); // 未到场率
    expect(screen.getByText('达尔罕社区 · 书画室')).toBeTruthy();
    expect(document.querySelector('[data-cell="1-18-100%"]')!.className).toContain('nx-heat__cell--4');
    expect(document.querySelector('[data-cell="6-9-0%"]')!.className).toContain('nx-heat__cell--0');
    fireEvent.click(screen.getByText('达尔罕社区'));
    expect(feedback.navigations).toEqual(['/packages/venues/usage/index?level=community&id=7']);
    fireEvent.click(screen.getByText('看康巴什区 ›'));
    expect(feedback.navigations[1]).toBe('/packages/venues/usage/index?level=district&id=1');
  });

  it('steps back a month and exports that month as CSV to share', async () => {
    const api = fakeApi({
      'venues.usage': (p) => ({ ...usage(p.month), ...(p.csv && { csv: { fileName: `场所利用率-${p.month}.csv`, text: '\uFEFF范围\r\n' } }) }),
    });
    render(<UsagePage />);
    await screen.findByText('哈巴格希街道 · 街道');
    // The current month: no step forward.
    await act(async () => fireEvent.click(screen.getByText('下月 ›')));
    expect(api.calls).toHaveLength(1);
    await act(async () => fireEvent.click(screen.getByText('‹ 上月')));
    const prev = (api.calls[1].payload as { month: string }).month;
    expect(prev).toBe('2026-10');
    expect(screen.getByText('2026年10月')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('导出CSV发给上级')));
    await waitFor(() => expect(feedback.toasts.map((t) => t.title)).toContain('已发送'));
    expect(api.calls[2].payload).toEqual({ level: 'street', placeId: 3, month: prev, csv: true });
    expect(feedback.modals).toEqual([expect.objectContaining({ title: '表格已生成', content: `场所利用率-${prev}.csv` })]);
    expect(feedback.files).toEqual([{ path: `wxfile://usr/场所利用率-${prev}.csv`, data: '\uFEFF范围\r\n' }]);
    expect(feedback.sharedFiles).toEqual([{ filePath: `wxfile://usr/场所利用率-${prev}.csv`, fileName: `场所利用率-${prev}.csv` }]);
  });

  it('says so when there are no rooms', async () => {
    fakeApi({ 'venues.usage': () => ({ ...usage(), rooms: [] }) });
    render(<UsagePage />);
    expect(await screen.findByText('这里还没有在用的场地')).toBeTruthy();
  });
});

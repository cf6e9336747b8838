import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import VenueDetailPage from '../../../src/packages/venues/detail/index';
import type { BookingAllowance, VenueDetail } from '../../../types';
import { venueList } from '../../../src/features/venues/stores/venue-list';
import { venuePage } from '../../../src/features/venues/stores/venue-page';
import { feedback, resetTaroMock, setRouterParams } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { venuePageOf } from './fixtures';

beforeEach(() => {
  resetTaroMock();
  setRouterParams({ id: '7' });
  venuePage.clear();
});

const serve = (over: Partial<VenueDetail> = {}, allow: Partial<BookingAllowance> = {}) =>
  fakeApi({
    'venues.page': (p) => {
      expect(p).toEqual({ venueId: 7 });
      return venuePageOf(over, allow);
    },
  });

const cell = (container: HTMLElement, start: number) => container.querySelector(`.nx-slot[data-start="${start}"]`) as HTMLElement;

describe('场地时段', () => {
  it('draws the window and the first day with a free slot, every slot saying its state', async () => {
    const api = serve();
    const { container } = render(<VenueDetailPage />);
    expect(await screen.findByText('党群服务中心多功能厅')).toBeTruthy();
    expect(api.actions()).toEqual(['venues.page']);
    const strip = container.querySelector('.nx-date-strip') as HTMLElement;
    expect(within(strip).getByText('今天')).toBeTruthy();
    expect(within(strip).getByText('余2')).toBeTruthy();
    expect(within(strip).getByText('闭馆')).toBeTruthy();
    expect(within(strip).getByText('休')).toBeTruthy();
    expect(screen.getByText('11月25日 周三（今天）')).toBeTruthy();
    expect(within(cell(container, 1080)).getByText('已过期')).toBeTruthy();
    expect(within(cell(container, 1140)).getByText('可预约')).toBeTruthy();
    expect(screen.getByText('点选可预约的时段，连续最多2个')).toBeTruthy();
  });

  it('selects two consecutive slots, refuses a third with the reason, and books them', async () => {
    serve();
    const { container } = render(<VenueDetailPage />);
    await screen.findByText('党群服务中心多功能厅');
    fireEvent.click(cell(container, 1140));
    expect(within(cell(container, 1140)).getByText('已选')).toBeTruthy();
    fireEvent.click(cell(container, 1200));
    expect(screen.getByText('19:00–21:00 · 2个时段')).toBeTruthy();
    expect(screen.getByText('11月25日 周三（今天） · 需社区审核')).toBeTruthy();
    fireEvent.click(cell(container, 1080));
    expect(screen.getByText('18:00–19:00 已过期：需提前2小时预约')).toBeTruthy();
    fireEvent.click(screen.getByText('预约'));
    expect(feedback.navigations).toEqual(['/packages/venues/book/index?venueId=7&date=2026-11-25&start=1140&end=1260&mode=resident']);
  });

  it('explains why a slot is not free on another day, and says a closed day is closed', async () => {
    serve();
    const { container } = render(<VenueDetailPage />);
    await screen.findByText('党群服务中心多功能厅');
    fireEvent.click(container.querySelector('[data-date="2026-11-26"]')!);
    expect(within(cell(container, 1140)).getByText('社区保留')).toBeTruthy();
    expect(within(cell(container, 1140)).getByText('主题党日')).toBeTruthy();
    fireEvent.click(cell(container, 1140));
    expect(screen.getByText('19:00–20:00 社区保留：主题党日')).toBeTruthy();
    fireEvent.click(cell(container, 1200));
    expect(screen.getByText('20:00–21:00 已约满：已被其他居民预约')).toBeTruthy();
    expect(within(cell(container, 1260)).getByText('我的申请')).toBeTruthy();
    fireEvent.click(cell(container, 1260));
    expect(screen.getByText('21:00–22:00 待审核：您的预约正在审核')).toBeTruthy();
    fireEvent.click(container.querySelector('[data-date="2026-11-27"]')!);
    expect(screen.getByText('闭馆：设备检修，请选择其他日期')).toBeTruthy();
    expect(container.querySelectorAll('.nx-slot')).toHaveLength(0);
  });

  it('reminds a suspended resident before they choose', async () => {
    fakeApi({
      'venues.list': () => ({ today: '2026-11-25', hasCommunity: true, venues: [], suspension: { until: '2026-12-27T10:20:00.000Z', reason: '30天内3次预约未按时签到' } }),
      'venues.page': () => venuePageOf(),
    });
    await venueList.load();
    render(<VenueDetailPage />);
    expect(await screen.findByText('场地预约暂停至12月27日 周日（30天内3次预约未按时签到），暂不能新预约')).toBeTruthy();
    act(() => venueList.clear());
  });

  it('shows workers their tools, and sends a reservation of the chosen slots to the form', async () => {
    const api = serve({ canManage: true });
    const { container } = render(<VenueDetailPage />);
    await screen.findByText('社区工作人员');
    expect(api.actions()).toEqual(['venues.page']);
    expect(screen.queryByText('我的预约额度')).toBeNull(); // they reserve and book for others, free of quotas
    await act(async () => fireEvent.click(container.querySelector('[data-date="2026-11-26"]')!));
    fireEvent.click(cell(container, 1080));
    fireEvent.click(screen.getByText('保留所选时段'));
    expect(feedback.navigations).toEqual(['/packages/venues/book/index?venueId=7&date=2026-11-26&start=1080&end=1140&mode=reserve']);
  });

  it('shows the rules that apply to this resident before they pick', async () => {
    serve({}, { weeks: [{ first: '2026-11-23', last: '2026-11-29', usedMinutes: 180, minutesLeft: 60 }], upcoming: 1 });
    render(<VenueDetailPage />);
    expect(await screen.findByText('我的预约额度')).toBeTruthy();
    expect(screen.getByText('本周还可预约')).toBeTruthy();
    expect(screen.getByText('1小时（每周最多4小时）')).toBeTruthy();
    expect(screen.getByText('1个（最多2个）')).toBeTruthy();
    expect(screen.getByText('至少提前2小时')).toBeTruthy();
    expect(screen.getByText('开始前2小时')).toBeTruthy();
  });

  it('keeps the slot picker within the hours the week has left, and says so', async () => {
    serve({}, { weeks: [{ first: '2026-11-23', last: '2026-11-29', usedMinutes: 180, minutesLeft: 60 }] });
    const { container } = render(<VenueDetailPage />);
    await screen.findByText('我的预约额度');
    expect(screen.getByText('点选可预约的时段，连续最多1个')).toBeTruthy();
    fireEvent.click(cell(container, 1140));
    fireEvent.click(cell(container, 1200));
    expect(screen.getByText('本周还可预约1小时，最多选1个时段')).toBeTruthy();
    expect(screen.getByText('19:00–20:00 · 1个时段')).toBeTruthy();
  });

  it('lets nothing be picked once the week is used up or enough bookings are held, and says which', async () => {
    serve({}, { weeks: [{ first: '2026-11-23', last: '2026-11-29', usedMinutes: 240, minutesLeft: 0 }] });
    const { container } = render(<VenueDetailPage />);
    await screen.findByText('我的预约额度');
    expect(screen.getByText('已用完（每周最多4小时）')).toBeTruthy();
    fireEvent.click(cell(container, 1140));
    expect(container.querySelector('.nx-venue__why')?.textContent).toBe('本周在本场地的预约已满4小时（每人每周最多4小时），请选择其他周');
    expect(within(cell(container, 1140)).queryByText('已选')).toBeNull();

    venuePage.clear();
    serve({}, { upcoming: 2 });
    const again = render(<VenueDetailPage />);
    await waitFor(() => expect(again.container.querySelector('.nx-allowance')).toBeTruthy());
    fireEvent.click(cell(again.container, 1140));
    expect(again.container.querySelector('.nx-venue__why')?.textContent).toBe('您在本场地已有2个未开始的预约（每人最多2个），请先使用或取消后再预约');
  });

  it('comes back with the chosen slots still chosen (going back to re-pick), refreshed in one call', async () => {
    const api = serve();
    const first = render(<VenueDetailPage />);
    await screen.findByText('党群服务中心多功能厅');
    fireEvent.click(cell(first.container, 1140));
    fireEvent.click(cell(first.container, 1200));
    first.unmount();
    const { container } = render(<VenueDetailPage />);
    expect(screen.getByText('19:00–21:00 · 2个时段')).toBeTruthy();
    await waitFor(() => expect(api.actions()).toEqual(['venues.page', 'venues.page']));
    expect(within(cell(container, 1200)).getByText('已选')).toBeTruthy();
  });
});

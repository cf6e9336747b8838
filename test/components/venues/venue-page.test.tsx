import { act, fireEvent, render, screen, within } from '@testing-library/react';
import VenueDetailPage from '../../../src/packages/venues/detail/index';
import { venueList } from '../../../src/features/venues/stores/venue-list';
import { feedback, resetTaroMock, setRouterParams } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { days, detail } from './fixtures';

beforeEach(() => {
  resetTaroMock();
  setRouterParams({ id: '7' });
});

const serve = (over = {}) =>
  fakeApi({
    'venues.get': () => detail(over),
    'venues.slots': (p) => {
      expect(p).toMatchObject({ venueId: 7, from: '2026-11-25', days: 3 });
      return { venueId: 7, today: '2026-11-25', slotMinutes: 60, maxSlotsPerBooking: 2, days: days() };
    },
  });

const cell = (container: HTMLElement, start: number) => container.querySelector(`.nx-slot[data-start="${start}"]`) as HTMLElement;

describe('场地时段', () => {
  it('draws the window and the first day with a free slot, every slot saying its state', async () => {
    const api = serve();
    const { container } = render(<VenueDetailPage />);
    expect(await screen.findByText('党群服务中心多功能厅')).toBeTruthy();
    expect(api.actions()).toEqual(['venues.get', 'venues.slots']);
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
      'venues.get': () => detail(),
      'venues.slots': () => ({ venueId: 7, today: '2026-11-25', slotMinutes: 60, maxSlotsPerBooking: 2, days: days() }),
    });
    await venueList.load();
    render(<VenueDetailPage />);
    expect(await screen.findByText('场地预约暂停至12月27日 周日（30天内3次预约未按时签到），暂不能新预约')).toBeTruthy();
    act(() => venueList.clear());
  });

  it('shows workers their tools, and sends a reservation of the chosen slots to the form', async () => {
    const api = fakeApi({
      'venues.get': () => detail({ canManage: true }),
      'venues.slots': (p) => ({ venueId: 7, today: '2026-11-25', slotMinutes: 60, maxSlotsPerBooking: 2, days: days().slice(0, p.days) }),
    });
    const { container } = render(<VenueDetailPage />);
    await screen.findByText('社区工作人员');
    expect(api.calls[1].payload).toMatchObject({ days: 14 });
    await act(async () => fireEvent.click(container.querySelector('[data-date="2026-11-26"]')!));
    fireEvent.click(cell(container, 1080));
    fireEvent.click(screen.getByText('保留所选时段'));
    expect(feedback.navigations).toEqual(['/packages/venues/book/index?venueId=7&date=2026-11-26&start=1080&end=1140&mode=reserve']);
  });
});

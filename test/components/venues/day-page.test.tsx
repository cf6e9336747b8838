import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import DayPage from '../../../src/packages/venues/day/index';
import { feedback, resetTaroMock, setRouterParams } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { staffBooking } from './fixtures';

beforeEach(() => {
  resetTaroMock();
  setRouterParams({ id: '7', date: '2026-11-25' });
});

function server() {
  const days: Record<string, ReturnType<typeof staffBooking>[]> = {
    '2026-11-25': [
      staffBooking({ id: 1, date: '2026-11-25', status: 'confirmed', start: 1140, end: 1200, personName: '李建国', phoneMasked: '139****5678', purpose: '象棋兴趣小组', headcount: 6 }),
      staffBooking({ id: 2, date: '2026-11-25', kind: 'event', status: 'confirmed', start: 1200, end: 1260, personName: '', phoneMasked: '', reason: '重阳节敬老活动' }),
    ],
    '2026-11-26': [],
  };
  return fakeApi({
    // The server's today when no date is asked for.
    'bookings.day': (p: { date?: string }) => ({ today: '2026-11-25', venue: { id: 7, name: '书画棋牌室', capacity: 20 }, date: p.date ?? '2026-11-25', bookings: days[p.date ?? '2026-11-25'] ?? [] }),
    'venues.reserve': (p: { date: string; reason: string }) => {
      days[p.date] = [staffBooking({ id: 3, kind: 'reserved', date: p.date, start: 0, end: 1440, status: 'confirmed', reason: p.reason, personName: '赵丽娜' })];
      return days[p.date][0];
    },
  });
}

describe('当日预约 (workers)', () => {
  it('lists the day’s bookings and event holds with what can be done with each', async () => {
    server();
    render(<DayPage />);
    expect(await screen.findByText('李建国 139****5678')).toBeTruthy();
    expect(screen.getByText('11月25日 周三（今天）')).toBeTruthy();
    expect(screen.getByText('签到')).toBeTruthy();
    expect(screen.getByText('未到场')).toBeTruthy();
    expect(screen.getByText('重阳节敬老活动')).toBeTruthy();
    expect(screen.getByText('社区活动，请在活动管理中调整')).toBeTruthy();
    expect(screen.getByText('活动占用')).toBeTruthy();
  });

  it('opened without a date, shows the server’s today (not the phone’s) and steps on from it', async () => {
    setRouterParams({ id: '7' });
    const api = server();
    render(<DayPage />);
    expect(await screen.findByText('李建国 139****5678')).toBeTruthy();
    expect(screen.getByText('11月25日 周三（今天）')).toBeTruthy();
    expect(api.calls.find((c) => c.action === 'bookings.day')!.payload).toEqual({ venueId: 7 });
    await act(async () => fireEvent.click(screen.getByText('后一天 ›')));
    expect(await screen.findByText('当天没有预约或保留')).toBeTruthy();
    expect(api.calls.filter((c) => c.action === 'bookings.day').map((c) => c.payload)).toEqual([{ venueId: 7 }, { venueId: 7, date: '2026-11-26' }]);
  });

  it('moves to the next day and keeps it for community use all day, with a reason', async () => {
    const api = server();
    render(<DayPage />);
    await screen.findByText('李建国 139****5678');
    await act(async () => fireEvent.click(screen.getByText('后一天 ›')));
    expect(await screen.findByText('当天没有预约或保留')).toBeTruthy();
    fireEvent.click(screen.getByText('整天保留'));
    expect(screen.getByText('整天保留 11月26日 周四')).toBeTruthy();
    fireEvent.click(screen.getByText('主题党日'));
    await act(async () => fireEvent.click(screen.getAllByText('整天保留').find((el) => el.tagName === 'BUTTON' && el.className.includes('nx-reason-sheet__ok'))!));
    await waitFor(() => expect(feedback.toasts.map((t) => t.title)).toContain('已整天保留'));
    const reserve = api.calls.find((c) => c.action === 'venues.reserve')!;
    expect(reserve.payload).toEqual({ venueId: 7, date: '2026-11-26', wholeDay: true, reason: '主题党日' });
    expect(reserve.requestId).toMatch(/^r/);
    expect(await screen.findByText('整天')).toBeTruthy();
  });
});

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import MyBookingsPage from '../../../src/packages/venues/mine/index';
import { myBookings } from '../../../src/features/venues/stores/my-bookings';
import { feedback, resetTaroMock } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { booking } from './fixtures';

beforeEach(() => {
  resetTaroMock();
  myBookings.setTab('upcoming');
});

function server() {
  const upcoming = [booking(), booking({ id: 32, date: '2026-11-28', status: 'pending', checkinCode: null, cancelUntil: '2026-11-28T06:00:00.000Z', startsAt: '2026-11-28T06:00:00.000Z' })];
  const past = [booking({ id: 30, date: '2026-11-20', status: 'rejected', reviewNote: '当天已安排社区文艺汇演彩排', checkinCode: null, cancelUntil: null })];
  return fakeApi({
    'bookings.mine': () => ({ now: '2026-11-25T10:00:00.000Z', upcoming: [...upcoming], history: past, series: [] }),
    'bookings.cancel': (p: { bookingId: number }) => {
      upcoming.splice(upcoming.findIndex((b) => b.id === p.bookingId), 1);
      return { id: p.bookingId, status: 'cancelled' };
    },
  });
}

describe('我的预约', () => {
  it('shows today’s booking with its check-in code and window, and a pending one as 待审核', async () => {
    server();
    const { container } = render(<MyBookingsPage />);
    expect(await screen.findByText('11月25日 周三（今天） 19:30–20:30')).toBeTruthy();
    expect(container.querySelector('.nx-qr')?.getAttribute('data-qr')).toBe('NX1.b.31.abcdefghijkl');
    expect(screen.getByText('签到码 · 请在 19:15–19:45 向工作人员出示')).toBeTruthy();
    expect(screen.getByText('已预约')).toBeTruthy();
    expect(screen.getByText('待审核')).toBeTruthy();
    expect(screen.getByText('等待社区审核，结果会通过微信通知您')).toBeTruthy();
    expect(screen.getByText('11月25日 17:30前可取消')).toBeTruthy();
  });

  it('cancels only after confirmation, then shows the list without it', async () => {
    const api = server();
    render(<MyBookingsPage />);
    await screen.findByText('11月25日 周三（今天） 19:30–20:30');
    feedback.nextModalConfirm = false;
    await act(async () => fireEvent.click(screen.getByText('取消预约')));
    expect(feedback.modals[0]).toMatchObject({ title: '取消这次预约？' });
    expect(api.actions()).not.toContain('bookings.cancel');

    feedback.nextModalConfirm = true;
    await act(async () => fireEvent.click(screen.getByText('取消预约')));
    await waitFor(() => expect(feedback.toasts).toContainEqual({ title: '已取消', icon: 'success', duration: 2000 }));
    expect(api.calls.find((c) => c.action === 'bookings.cancel')?.payload).toEqual({ bookingId: 31 });
    expect(screen.queryByText('11月25日 周三（今天） 19:30–20:30')).toBeNull();
  });

  it('shows past bookings with the reason a request was turned down', async () => {
    server();
    render(<MyBookingsPage />);
    await screen.findByText('即将开始');
    fireEvent.click(screen.getByText('历史记录'));
    expect(await screen.findByText('未通过原因：当天已安排社区文艺汇演彩排')).toBeTruthy();
    expect(screen.getByText('未通过')).toBeTruthy();
    expect(screen.queryByText('取消预约')).toBeNull();
  });

  it('shows a future booking the community refused under 即将开始, with the reason, in the words 我的活动 uses', async () => {
    const refused = booking({ id: 33, date: '2026-11-29', status: 'rejected', reviewNote: '当天场地另有安排', checkinCode: null, cancelUntil: null });
    fakeApi({ 'bookings.mine': () => ({ now: '2026-11-25T10:00:00.000Z', upcoming: [refused], history: [], series: [] }) });
    render(<MyBookingsPage />);
    expect(await screen.findByText('未通过原因：当天场地另有安排')).toBeTruthy();
    expect(screen.getByText('即将开始')).toBeTruthy();
    expect(screen.getByText('历史记录')).toBeTruthy();
    expect(screen.queryByText('已结束')).toBeNull();
  });

  it('invites a resident without bookings to book a room', async () => {
    fakeApi({ 'bookings.mine': () => ({ now: '2026-11-25T10:00:00.000Z', upcoming: [], history: [], series: [] }) });
    render(<MyBookingsPage />);
    fireEvent.click(await screen.findByText('去预约场地'));
    expect(feedback.navigations).toEqual(['/pages/venues/index']);
  });

  it('lists the weekly series of the groups the resident books for, each opening its page', async () => {
    const series = { id: 5, groupId: 2, groupName: '夕阳红合唱队', venueId: 8, venueName: '文体活动室', start: 1170, end: 1290, firstDate: '2026-12-01', lastDate: '2027-01-19', status: 'confirmed' as const, purpose: '合唱排练', live: 8 };
    fakeApi({ 'bookings.mine': () => ({ now: '2026-11-25T10:00:00.000Z', upcoming: [], history: [], series: [series] }) });
    render(<MyBookingsPage />);
    fireEvent.click(await screen.findByText('夕阳红合唱队 · 文体活动室'));
    expect(screen.getByText('每周二 19:30–21:30 · 12月1日至1月19日 · 有效8次')).toBeTruthy();
    expect(screen.queryByText('去预约场地')).toBeNull();
    expect(feedback.navigations).toEqual(['/packages/venues/series/index?id=5']);
  });
});

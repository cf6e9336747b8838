import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Me, Workbench } from '../../../types';
import { session } from '../../../src/features/people/stores/session';
import { workbench } from '../../../src/features/workbench/stores/workbench';
import WorkbenchPage from '../../../src/packages/workbench/index';
import { feedback, resetTaroMock } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { resident, staffBooking } from '../venues/fixtures';

const DAR = { id: 1, name: '达尔罕社区', streetId: 1, streetName: '哈巴格希街道', districtName: '康巴什区' };
const worker: Me = { id: 3, role: 'worker', name: '赵丽娜', phone: '15034771122', address: '', community: null, staffCommunities: [DAR], unreadMessages: 0 };
const handler: Me = { id: 4, role: 'handler', name: '刘志强', phone: '13904770000', address: '', community: DAR, staffCommunities: [], unreadMessages: 0 };

beforeEach(() => {
  resetTaroMock();
  session.reset();
  workbench.clear();
});

const noEvents = { today: '2026-11-25', events: [] };
const queues = { staff: [{ communityId: 1, communityName: '达尔罕社区', pending: 2, overdue: 1, review: 0, active: 3 }], handler: null };

/** A worker's 工作台: its answer changes as the worker acts (a review takes the booking off 待审核). */
function server() {
  let pending = [staffBooking(), staffBooking({ id: 42, personName: '李建国', phoneMasked: '139****5678', purpose: '楼栋党小组学习会', date: '2026-11-29' })];
  const today = [staffBooking({ id: 43, date: '2026-11-25', status: 'confirmed', start: 1170, end: 1230, venueName: '文体活动室', purpose: '广场舞队排练', personName: '张桂英', phoneMasked: '137****0000' })];
  return fakeApi({
    'me.get': () => worker,
    'workbench.get': (): Workbench => ({ requests: queues, venues: { date: '2026-11-25', pending, today, pendingSeries: [] }, events: noEvents }),
    'bookings.review': (p) => {
      pending = pending.filter((b) => b.id !== p.bookingId);
      return staffBooking({ id: p.bookingId, status: p.decision === 'approve' ? 'confirmed' : 'rejected' });
    },
    'bookings.checkIn': (p) => staffBooking({ id: p.bookingId, status: 'checked_in' }),
  });
}

describe('工作台 for each role, in one call', () => {
  it('draws a worker’s queues, approvals and today’s events from workbench.get alone', async () => {
    const api = server();
    render(<WorkbenchPage />);
    expect(await screen.findByText('场地预约 · 待审核（2）')).toBeTruthy();
    expect(screen.getByText('暖心事派单 · 达尔罕社区')).toBeTruthy();
    expect(screen.getByText('今日活动与签到')).toBeTruthy();
    expect(screen.getByText('发布活动')).toBeTruthy();
    expect(api.actions()).toEqual(['me.get', 'workbench.get']);
  });

  it('shows a handler their tasks and nothing they may not use', async () => {
    const api = fakeApi({
      'me.get': () => handler,
      'workbench.get': () => ({ requests: { staff: [], handler: { todo: 1, doing: 2, pool: 0, units: [{ id: 3, name: '康巴什供电共建服务队', kind: 'cobuild', phone: '' }] } }, venues: null, events: null }),
    });
    render(<WorkbenchPage />);
    expect(await screen.findByText('我的任务 · 康巴什供电共建服务队')).toBeTruthy();
    expect(screen.queryByText('发布活动')).toBeNull();
    expect(screen.queryByText(/场地预约/)).toBeNull();
    expect(screen.queryByText('加载失败')).toBeNull();
    expect(api.actions()).toEqual(['me.get', 'workbench.get']);
  });

  it('asks nothing more of a resident who opens it', async () => {
    const api = fakeApi({ 'me.get': () => resident });
    render(<WorkbenchPage />);
    expect(await screen.findByText('工作台仅对社区工作者、处理人和管理员开放')).toBeTruthy();
    expect(api.actions()).toEqual(['me.get']);
  });

  it('comes back at once when shown again, refreshing behind what it showed', async () => {
    const api = server();
    const first = render(<WorkbenchPage />);
    await screen.findByText('场地预约 · 待审核（2）');
    first.unmount();
    render(<WorkbenchPage />);
    expect(screen.getByText('场地预约 · 待审核（2）')).toBeTruthy();
    await waitFor(() => expect(api.actions()).toEqual(['me.get', 'workbench.get', 'workbench.get']));
  });
});

describe('工作台 · 场地预约', () => {
  it('lists requests to approve first, soonest first, with the person’s phone masked', async () => {
    server();
    render(<WorkbenchPage />);
    expect(await screen.findByText('场地预约 · 待审核（2）')).toBeTruthy();
    expect(screen.getByText('王秀兰 138****1234')).toBeTruthy();
    expect(screen.getByText('11月28日 周六 14:00–16:00')).toBeTruthy();
    expect(screen.getByText('场地预约 · 今日（1）')).toBeTruthy();
    expect(screen.getByText('文体活动室 · 广场舞队排练 · 60人')).toBeTruthy();
  });

  it('approves in one tap', async () => {
    const api = server();
    render(<WorkbenchPage />);
    await screen.findByText('王秀兰 138****1234');
    await act(async () => fireEvent.click(screen.getAllByText('通过')[0]));
    expect(api.calls.find((c) => c.action === 'bookings.review')?.payload).toEqual({ bookingId: 41, decision: 'approve' });
    await waitFor(() => expect(screen.getByText('场地预约 · 待审核（1）')).toBeTruthy());
    // The answer (the booking as it is now) moved it out of 待审核: the tap was one call.
    expect(api.actions().slice(api.actions().indexOf('bookings.review'))).toEqual(['bookings.review']);
  });

  it('sends 通过 once on a double tap and shows the card busy meanwhile, so the worker is told it succeeded', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let reviewed = false;
    const api = fakeApi({
      'me.get': () => worker,
      'workbench.get': (): Workbench => ({ requests: queues, venues: { date: '2026-11-25', pending: reviewed ? [] : [staffBooking()], today: [], pendingSeries: [] }, events: noEvents }),
      'bookings.review': async (p) => {
        if (reviewed) throw { code: 'CONFLICT', message: '该预约不在待审核状态' };
        await gate;
        reviewed = true;
        return staffBooking({ id: p.bookingId, status: 'confirmed' });
      },
    });
    render(<WorkbenchPage />);
    await screen.findByText('王秀兰 138****1234');
    const approve = screen.getByText('通过');
    fireEvent.click(approve);
    fireEvent.click(approve);
    expect(approve.closest('[aria-busy="true"]')).toBeTruthy();
    await act(async () => open());
    await waitFor(() => expect(feedback.toasts.map((t) => t.title)).toContain('已通过'));
    expect(api.calls.filter((c) => c.action === 'bookings.review')).toHaveLength(1);
    expect(feedback.toasts.map((t) => t.title)).not.toContain('该预约不在待审核状态');
  });

  it('sends a 驳回 once however often its sheet’s button is tapped', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const api = fakeApi({
      'me.get': () => worker,
      'workbench.get': (): Workbench => ({ requests: queues, venues: { date: '2026-11-25', pending: [staffBooking()], today: [], pendingSeries: [] }, events: noEvents }),
      'bookings.review': async (p) => {
        await gate;
        return staffBooking({ id: p.bookingId, status: 'rejected' });
      },
    });
    render(<WorkbenchPage />);
    await screen.findByText('王秀兰 138****1234');
    fireEvent.click(screen.getByText('驳回'));
    fireEvent.click(screen.getByText('当天场地另有安排'));
    const confirm = screen.getAllByText('驳回').find((el) => el.className.includes('nx-reason-sheet__ok'))!;
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    expect(confirm.closest('[aria-busy="true"]')).toBeTruthy();
    await act(async () => open());
    await waitFor(() => expect(feedback.toasts.map((t) => t.title)).toContain('已驳回'));
    expect(api.calls.filter((c) => c.action === 'bookings.review')).toHaveLength(1);
  });

  it('rejects only with a reason, which the resident will read', async () => {
    const api = server();
    render(<WorkbenchPage />);
    await screen.findByText('李建国 139****5678');
    fireEvent.click(screen.getAllByText('驳回')[1]);
    expect(screen.getByText('驳回 李建国 的预约')).toBeTruthy();
    expect(screen.getByText('居民会收到通知和这条原因')).toBeTruthy();
    const confirm = screen.getAllByText('驳回').find((el) => el.className.includes('nx-reason-sheet__ok'))!;
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByText('当天场地另有安排'));
    await act(async () => fireEvent.click(confirm));
    expect(api.calls.find((c) => c.action === 'bookings.review')?.payload).toEqual({ bookingId: 42, decision: 'reject', note: '当天场地另有安排' });
    await waitFor(() => expect(feedback.toasts.map((t) => t.title)).toContain('已驳回'));
  });

  it('checks a resident in by name from today’s list', async () => {
    const api = server();
    render(<WorkbenchPage />);
    await screen.findByText('场地预约 · 今日（1）');
    await act(async () => fireEvent.click(screen.getByText('签到')));
    expect(api.calls.find((c) => c.action === 'bookings.checkIn')?.payload).toEqual({ bookingId: 43 });
  });
});

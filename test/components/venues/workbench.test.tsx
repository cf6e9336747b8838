import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { VenuesWorkbench } from '../../../src/features/venues/components/workbench';
import { feedback, resetTaroMock } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { staffBooking } from './fixtures';

beforeEach(() => resetTaroMock());

function server() {
  let pending = [staffBooking(), staffBooking({ id: 42, personName: '李建国', phoneMasked: '139****5678', purpose: '楼栋党小组学习会', date: '2026-11-29' })];
  const today = [staffBooking({ id: 43, date: '2026-11-25', status: 'confirmed', start: 1170, end: 1230, venueName: '文体活动室', purpose: '广场舞队排练', personName: '张桂英', phoneMasked: '137****0000' })];
  return fakeApi({
    'bookings.workbench': () => ({ date: '2026-11-25', pending, today }),
    'bookings.review': (p) => {
      pending = pending.filter((b) => b.id !== p.bookingId);
      return staffBooking({ id: p.bookingId });
    },
    'bookings.checkIn': (p) => staffBooking({ id: p.bookingId, status: 'checked_in' }),
  });
}

describe('工作台 · 场地预约', () => {
  it('lists requests to approve first, soonest first, with the person’s phone masked', async () => {
    server();
    render(<VenuesWorkbench />);
    expect(await screen.findByText('场地预约 · 待审核（2）')).toBeTruthy();
    expect(screen.getByText('王秀兰 138****1234')).toBeTruthy();
    expect(screen.getByText('11月28日 周六 14:00–16:00')).toBeTruthy();
    expect(screen.getByText('场地预约 · 今日（1）')).toBeTruthy();
    expect(screen.getByText('文体活动室 · 广场舞队排练 · 60人')).toBeTruthy();
  });

  it('approves in one tap', async () => {
    const api = server();
    render(<VenuesWorkbench />);
    await screen.findByText('王秀兰 138****1234');
    await act(async () => fireEvent.click(screen.getAllByText('通过')[0]));
    expect(api.calls.find((c) => c.action === 'bookings.review')?.payload).toEqual({ bookingId: 41, decision: 'approve' });
    await waitFor(() => expect(screen.getByText('场地预约 · 待审核（1）')).toBeTruthy());
  });

  it('sends 通过 once on a double tap and shows the card busy meanwhile, so the worker is told it succeeded', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let reviewed = false;
    const api = fakeApi({
      'bookings.workbench': () => ({ date: '2026-11-25', pending: reviewed ? [] : [staffBooking()], today: [] }),
      'bookings.review': async (p) => {
        if (reviewed) throw { code: 'CONFLICT', message: '该预约不在待审核状态' };
        await gate;
        reviewed = true;
        return staffBooking({ id: p.bookingId, status: 'confirmed' });
      },
    });
    render(<VenuesWorkbench />);
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
      'bookings.workbench': () => ({ date: '2026-11-25', pending: [staffBooking()], today: [] }),
      'bookings.review': async (p) => {
        await gate;
        return staffBooking({ id: p.bookingId, status: 'rejected' });
      },
    });
    render(<VenuesWorkbench />);
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
    render(<VenuesWorkbench />);
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
    render(<VenuesWorkbench />);
    await screen.findByText('场地预约 · 今日（1）');
    await act(async () => fireEvent.click(screen.getByText('签到')));
    expect(api.calls.find((c) => c.action === 'bookings.checkIn')?.payload).toEqual({ bookingId: 43 });
  });
});

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import BookPage from '../../../src/packages/venues/book/index';
import { session } from '../../../src/features/people/stores/session';
import { venuePage } from '../../../src/features/venues/stores/venue-page';
import { feedback, resetTaroMock, setRouterParams } from '../mocks/taro';
import { fakeApi, type FakeHandlers } from '../fake-api';
import { BOOKING_PRIVACY_TEXT } from '../../../src/features/venues/privacy';
import { hasPrivacyConsent } from '../../../src/lib/privacy';
import { booking, resident, staffBooking, venuePageOf } from './fixtures';

beforeEach(() => {
  resetTaroMock();
  session.reset();
  setRouterParams({ venueId: '7', date: '2026-11-26', start: '1080', end: '1200', mode: 'resident' });
});

function server(create: NonNullable<FakeHandlers['bookings.create']>) {
  return fakeApi({
    'me.get': () => resident,
    'venues.page': () => venuePageOf(),
    'bookings.create': create,
  });
}

const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

describe('填写预约', () => {
  it('fills the contact from my profile, checks the fields before sending, and shows 待审核 for a room that needs approval', async () => {
    const api = server((p) => booking({ ...p, status: 'pending', date: '2026-11-26', start: 1080, end: 1200 }));
    render(<BookPage />);
    expect(await screen.findByText('11月26日 周四（明天） 18:00–20:00')).toBeTruthy();
    expect(screen.getByText('该场地需社区审核，提交后请留意审核通知')).toBeTruthy();
    await waitFor(() => expect((screen.getByPlaceholderText('请填写联系人') as HTMLInputElement).value).toBe('王秀兰'));

    await act(async () => fireEvent.click(screen.getByText('提交预约')));
    expect(screen.getByText('用途至少2个字')).toBeTruthy();
    type('如：合唱团排练、楼栋议事会', '老年合唱团排练');
    type('不超过120人', '130');
    await act(async () => fireEvent.click(screen.getByText('提交预约')));
    expect(screen.getByText('人数不能超过场地容纳人数（120人）')).toBeTruthy();
    expect(api.actions()).not.toContain('bookings.create');
    type('不超过120人', '30');
    await act(async () => fireEvent.click(screen.getByText('提交预约')));

    expect(await screen.findByText('已提交，等待社区审核')).toBeTruthy();
    expect(screen.getByText('待审核')).toBeTruthy();
    const sent = api.calls.find((c) => c.action === 'bookings.create')!;
    expect(sent.payload).toEqual({ venueId: 7, date: '2026-11-26', start: 1080, end: 1200, purpose: '老年合唱团排练', headcount: 30, contactName: '王秀兰', contactPhone: '13847701234' });
    expect(sent.requestId).toMatch(/^r/);
    fireEvent.click(screen.getByText('查看我的预约'));
    expect(feedback.navigations).toContain('/packages/venues/mine/index');
  });

  it('asks for consent before a contact name and phone are first sent, and sends nothing without it', async () => {
    const api = server(() => booking({ status: 'confirmed' }));
    render(<BookPage />);
    await screen.findByText('11月26日 周四（明天） 18:00–20:00');
    type('如：合唱团排练、楼栋议事会', '书法兴趣小组');
    type('不超过120人', '8');
    feedback.nextModalConfirm = false;
    await act(async () => fireEvent.click(screen.getByText('提交预约')));
    expect(feedback.modals.map((m) => m.content)).toContain(BOOKING_PRIVACY_TEXT);
    expect(await screen.findByText('需要您同意个人信息使用说明后才能提交预约')).toBeTruthy();
    expect(api.actions()).not.toContain('bookings.create');

    feedback.nextModalConfirm = true;
    await act(async () => fireEvent.click(screen.getByText('提交预约')));
    expect(await screen.findByText('预约成功')).toBeTruthy();
    // Asked again after the refusal; remembered from now on.
    const asked = feedback.modals.filter((m) => m.content === BOOKING_PRIVACY_TEXT).length;
    expect(asked).toBe(2);
    expect(hasPrivacyConsent()).toBe(true);
  });

  it('retries with the same requestId after a network failure, so the booking is made once', async () => {
    let attempts = 0;
    const api = server(() => {
      attempts++;
      if (attempts === 1) throw { code: 'NETWORK', message: '网络不给力，请检查网络后重试' };
      return booking({ status: 'confirmed' });
    });
    render(<BookPage />);
    await screen.findByText('11月26日 周四（明天） 18:00–20:00');
    type('如：合唱团排练、楼栋议事会', '书法兴趣小组');
    type('不超过120人', '8');
    await act(async () => fireEvent.click(screen.getByText('提交预约')));
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('提交预约')));
    expect(await screen.findByText('预约成功')).toBeTruthy();
    const ids = api.calls.filter((c) => c.action === 'bookings.create').map((c) => c.requestId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });

  it('shows the server’s refusal next to the form, e.g. when someone was faster', async () => {
    server(() => {
      throw { code: 'CONFLICT', message: '18:00–19:00 已被预约，请选择其他时段' };
    });
    render(<BookPage />);
    await screen.findByText('11月26日 周四（明天） 18:00–20:00');
    type('如：合唱团排练、楼栋议事会', '书法兴趣小组');
    type('不超过120人', '8');
    await act(async () => fireEvent.click(screen.getByText('提交预约')));
    expect(await screen.findByText('18:00–19:00 已被预约，请选择其他时段')).toBeTruthy();
    expect(venuePage(7).venue?.id).toBe(7);
  });

  it('lets a worker reserve the slots with a reason in one tap', async () => {
    setRouterParams({ venueId: '7', date: '2026-11-26', start: '1080', end: '1200', mode: 'reserve' });
    const api = fakeApi({
      'me.get': () => ({ ...resident, role: 'worker' }),
      'venues.page': () => venuePageOf({ canManage: true }),
      'venues.reserve': () => staffBooking({ kind: 'reserved', status: 'confirmed' }),
    });
    render(<BookPage />);
    fireEvent.click(await screen.findByText('主题党日'));
    await act(async () => fireEvent.click(screen.getByText('确认保留')));
    expect(await screen.findByText('已保留')).toBeTruthy();
    expect(api.calls.find((c) => c.action === 'venues.reserve')?.payload).toEqual({ venueId: 7, date: '2026-11-26', start: 1080, end: 1200, reason: '主题党日' });
  });

  it('keeps what was typed when the resident goes back and picks other slots of the room', async () => {
    const api = server(() => booking({ status: 'confirmed' }));
    const first = render(<BookPage />);
    await screen.findByText('11月26日 周四（明天） 18:00–20:00');
    type('如：合唱团排练、楼栋议事会', '书法兴趣小组');
    type('不超过120人', '8');
    first.unmount();
    setRouterParams({ venueId: '7', date: '2026-11-26', start: '1080', end: '1140', mode: 'resident' });
    render(<BookPage />);
    expect(await screen.findByText('11月26日 周四（明天） 18:00–19:00')).toBeTruthy();
    expect((screen.getByPlaceholderText('如：合唱团排练、楼栋议事会') as HTMLInputElement).value).toBe('书法兴趣小组');
    expect((screen.getByPlaceholderText('不超过120人') as HTMLInputElement).value).toBe('8');
    await act(async () => fireEvent.click(screen.getByText('提交预约')));
    expect(await screen.findByText('预约成功')).toBeTruthy();
    expect(api.calls.find((c) => c.action === 'bookings.create')?.payload).toMatchObject({ start: 1080, end: 1140, purpose: '书法兴趣小组', headcount: 8 });
  });
});

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { EventDetail } from '../../../types';
import { eventDetail } from '../../../src/features/events/stores/event-detail';
import DetailPage from '../../../src/packages/events/detail/index';
import { fakeApi, type FakeHandlers } from '../fake-api';
import { feedback, resetTaroMock, setRouterParams } from '../mocks/taro';
import { detail } from '../../support/events-views';

beforeEach(() => {
  resetTaroMock();
  eventDetail.clear();
  setRouterParams({ id: '1' });
});

/** A server that keeps one event and applies sign-up, cancel and rate to it. */
function server(initial: EventDetail, override: FakeHandlers = {}) {
  let e = initial;
  const api = fakeApi({
    'events.get': () => e,
    'events.signUp': (p) => {
      const status = p.waitlist ? ('waitlisted' as const) : ('confirmed' as const);
      const partySize = p.partySize ?? 1;
      e = {
        ...e,
        mine: status,
        seatsLeft: status === 'confirmed' ? e.seatsLeft - partySize : 0,
        my: { id: 9, status, partySize, position: status === 'waitlisted' ? 4 : null, checkedInAt: null, checkinCode: null, rating: null },
        actions: { signUp: false, joinWaitlist: false, cancel: true, rate: false, hint: null },
      };
      return { signupId: 9, status, position: status === 'waitlisted' ? 4 : null, arrival: 12, event: e };
    },
    'events.cancel': () => {
      e = { ...e, mine: null, my: { ...e.my!, status: 'cancelled' }, actions: { signUp: true, joinWaitlist: false, cancel: false, rate: false, hint: null } };
      return e;
    },
    'events.rate': (p) => {
      e = { ...e, my: { ...e.my!, rating: { score: p.score, comment: p.comment ?? '' } }, actions: { signUp: false, joinWaitlist: false, cancel: false, rate: false, hint: '感谢您的评价' } };
      return e;
    },
    ...override,
  });
  return api;
}

describe('活动详情', () => {
  it('shows what a resident needs to decide: time with weekday, place, seats left, the window', async () => {
    server(detail());
    render(<DetailPage />);
    expect(await screen.findByText('政策宣讲：养老保险与医保新政')).toBeTruthy();
    expect(screen.getByText('11月25日 周三（今天）')).toBeTruthy();
    expect(screen.getByText('15:00–16:30')).toBeTruthy();
    expect(screen.getByText('党群服务中心二楼会议室')).toBeTruthy();
    expect(screen.getByText('26')).toBeTruthy();
    expect(screen.getByText('/ 30')).toBeTruthy();
    expect(screen.getByText('报名中')).toBeTruthy();
    expect(screen.getByText('11月20日 09:00 至 11月25日 15:00')).toBeTruthy();
  });

  it('signs a family of two up in one tap, with the same request id if retried', async () => {
    const api = server(detail({ category: 'family', partyLimit: 2 }));
    render(<DetailPage />);
    await screen.findByText('报名人数');
    fireEvent.click(screen.getByText('+'));
    expect(screen.getByText('2')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('立即报名')));
    await waitFor(() => expect(feedback.toasts).toContainEqual({ title: '报名成功', icon: 'success', duration: 2000 }));
    const call = api.calls.find((c) => c.action === 'events.signUp')!;
    expect(call.payload).toEqual({ eventId: 1, partySize: 2, waitlist: false });
    expect(call.requestId).toMatch(/^r[a-z0-9]{8,}$/);
    expect(await screen.findByText('我的报名')).toBeTruthy();
    expect(screen.getByText('取消报名')).toBeTruthy();
    // The answer carried the event as it is now: the tap was one call, no reload behind it.
    expect(api.actions().slice(api.actions().indexOf('events.signUp'))).toEqual(['events.signUp']);
  });

  it('shows the event as it is now after a refused sign-up', async () => {
    const api = server(detail(), {
      'events.signUp': () => {
        throw { code: 'CONFLICT', message: '名额已满，可以加入候补' };
      },
    });
    render(<DetailPage />);
    await screen.findByText('政策宣讲：养老保险与医保新政');
    await act(async () => fireEvent.click(screen.getByText('立即报名')));
    await waitFor(() => expect(feedback.toasts.map((t) => t.title)).toContain('名额已满，可以加入候补'));
    expect(api.actions().slice(api.actions().indexOf('events.signUp'))).toEqual(['events.signUp', 'events.get']);
  });

  it('joins the waitlist of a full event and shows the place', async () => {
    const api = server(detail({ status: 'full', seatsLeft: 0, waiting: 3, actions: { signUp: false, joinWaitlist: true, cancel: false, rate: false, hint: null } }));
    render(<DetailPage />);
    await screen.findByText('已满可候补');
    await act(async () => fireEvent.click(screen.getByText('加入候补')));
    await waitFor(() => expect(feedback.toasts.map((t) => t.title)).toContain('已加入候补，第4位'));
    expect(api.calls.find((c) => c.action === 'events.signUp')?.payload).toMatchObject({ waitlist: true });
    expect(await screen.findByText('候补第4位')).toBeTruthy();
  });

  it('asks before cancelling, and does nothing when the resident thinks again', async () => {
    const api = server(
      detail({
        mine: 'confirmed',
        my: { id: 9, status: 'confirmed', partySize: 1, position: null, checkedInAt: null, checkinCode: null, rating: null },
        actions: { signUp: false, joinWaitlist: false, cancel: true, rate: false, hint: '11月25日 13:00前可取消报名' },
      }),
    );
    render(<DetailPage />);
    await screen.findByText('11月25日 13:00前可取消报名');
    feedback.nextModalConfirm = false;
    await act(async () => fireEvent.click(screen.getByText('取消报名')));
    expect(feedback.modals).toHaveLength(1);
    expect(api.actions()).not.toContain('events.cancel');

    feedback.nextModalConfirm = true;
    await act(async () => fireEvent.click(screen.getByText('取消报名')));
    await waitFor(() => expect(api.actions()).toContain('events.cancel'));
    await waitFor(() => expect(feedback.toasts.map((t) => t.title)).toContain('已取消报名'));
    expect(await screen.findByText('立即报名')).toBeTruthy();
  });

  it('shows the check-in code on the day', async () => {
    server(
      detail({
        mine: 'confirmed',
        my: { id: 9, status: 'confirmed', partySize: 1, position: null, checkedInAt: null, checkinCode: 'NX1.e.9.abcdefghijkl', rating: null },
        actions: { signUp: false, joinWaitlist: false, cancel: true, rate: false, hint: null },
      }),
    );
    const { container } = render(<DetailPage />);
    await screen.findByText('签到码：到场后请向工作人员出示');
    expect(container.querySelector('[data-qr]')?.getAttribute('data-qr')).toBe('NX1.e.9.abcdefghijkl');
  });

  it('rates once after the event: stars first, then the comment', async () => {
    const api = server(
      detail({
        status: 'ended',
        mine: 'confirmed',
        my: { id: 9, status: 'confirmed', partySize: 1, position: null, checkedInAt: '2026-11-25T07:05:00.000Z', checkinCode: null, rating: null },
        actions: { signUp: false, joinWaitlist: false, cancel: false, rate: true, hint: null },
      }),
    );
    const { container } = render(<DetailPage />);
    await screen.findByText('活动结束了，给这次活动打个分吧');
    fireEvent.click(screen.getByText('请先选择星级'));
    expect(api.actions()).not.toContain('events.rate');
    fireEvent.click(container.querySelector('.nx-rate [data-star="4"]')!);
    fireEvent.change(screen.getByPlaceholderText('说说您的感受或建议（选填）'), { target: { value: ' 讲得很清楚 ' } });
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    expect(api.calls.find((c) => c.action === 'events.rate')?.payload).toEqual({ eventId: 1, score: 4, comment: '讲得很清楚' });
    expect(await screen.findByText('感谢您的评价')).toBeTruthy();
    expect(screen.queryByText('提交评价')).toBeNull();
  });

  it('keeps a refused comment next to the form', async () => {
    fakeApi({
      'events.get': () => detail({ status: 'ended', actions: { signUp: false, joinWaitlist: false, cancel: false, rate: true, hint: null } }),
      'events.rate': () => {
        throw { code: 'INVALID_INPUT', message: '评价内容未通过安全检查，请修改后再提交', field: 'comment' };
      },
    });
    const { container } = render(<DetailPage />);
    await screen.findByText('活动结束了，给这次活动打个分吧');
    fireEvent.click(container.querySelector('.nx-rate [data-star="5"]')!);
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    expect(await screen.findByText('评价内容未通过安全检查，请修改后再提交')).toBeTruthy();
  });

  it('gives the community’s workers the list, editing and cancelling', async () => {
    const api = fakeApi({ 'events.get': () => detail({ canManage: true }), 'events.cancelEvent': () => ({ eventIds: [1], notified: 4 }) });
    render(<DetailPage />);
    fireEvent.click(await screen.findByText('报名名单与签到'));
    expect(feedback.navigations).toEqual(['/packages/events/attendees/index?id=1']);
    feedback.nextActionSheetIndex = 0;
    await act(async () => fireEvent.click(screen.getByText('取消活动')));
    await waitFor(() => expect(api.calls.find((c) => c.action === 'events.cancelEvent')?.payload).toEqual({ id: 1, reason: '天气原因，活动改期', scope: 'one' }));
    expect(feedback.modals[0].content).toContain('已报名和候补的居民会收到取消通知');
  });

  it('does not offer the phone calendar or the share button outside WeChat', async () => {
    server(detail());
    render(<DetailPage />);
    await screen.findByText('立即报名');
    expect(screen.queryByText('加入日历')).toBeNull();
    expect(screen.queryByText('分享')).toBeNull();
  });
});

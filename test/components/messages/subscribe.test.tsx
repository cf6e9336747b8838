import { act, fireEvent, render, screen } from '@testing-library/react';
import { WorkReminders } from '../../../src/features/messages/components/work-reminders';
import { askToSubscribe } from '../../../src/features/messages/seam';
import { TURN_ON_HINT } from '../../../src/features/messages/subscribe-outcome';
import { feedback, resetTaroMock } from '../mocks/taro';
import { fakeApi } from '../fake-api';

const IDS = { event: 'TPL_EVENT', request: 'TPL_REQUEST', 'request.created': 'TPL_NEW_REQUEST', 'booking.review': 'TPL_REVIEW' };
const globals = globalThis as unknown as { NUANXIN_SUBSCRIBE_TMPL_IDS: Record<string, string> };
const subscribed = { templates: [] };

beforeEach(() => {
  resetTaroMock();
  process.env.TARO_ENV = 'weapp';
  globals.NUANXIN_SUBSCRIBE_TMPL_IDS = IDS;
});
afterEach(() => {
  process.env.TARO_ENV = 'h5';
  globals.NUANXIN_SUBSCRIBE_TMPL_IDS = {};
});

describe('asking to send a follow-up as a WeChat subscribe message', () => {
  it('reports only the templates the person accepted', async () => {
    const api = fakeApi({ 'messages.subscribe': () => subscribed });
    feedback.nextSubscribe = { ok: true, result: { TPL_EVENT: 'accept', TPL_REQUEST: 'reject' } };
    expect(await askToSubscribe(['event', 'request', 'unknown'])).toEqual({ accepted: ['TPL_EVENT'], switchedOff: false });
    expect(feedback.subscribeAsks).toEqual([['TPL_EVENT', 'TPL_REQUEST']]);
    expect(api.calls.map((c) => [c.action, c.payload])).toEqual([['messages.subscribe', { templateIds: ['TPL_EVENT'] }]]);
    expect(feedback.modals).toEqual([]);
  });

  it('respects a refusal silently', async () => {
    const api = fakeApi({ 'messages.subscribe': () => subscribed });
    feedback.nextSubscribe = { ok: true, result: { TPL_EVENT: 'reject' } };
    await askToSubscribe(['event']);
    expect(api.calls).toEqual([]);
    expect(feedback.modals).toEqual([]);
  });

  it('tells once, kindly, where to turn messages on when the template is banned', async () => {
    fakeApi({ 'messages.subscribe': () => subscribed });
    feedback.nextSubscribe = { ok: true, result: { TPL_EVENT: 'ban' } };
    expect(await askToSubscribe(['event'])).toEqual({ accepted: [], switchedOff: true });
    await askToSubscribe(['event']);
    expect(feedback.modals).toEqual([{ title: '消息提醒已关闭', content: TURN_ON_HINT, showCancel: false, confirmText: '知道了' }]);
    expect(TURN_ON_HINT).toContain('右上角「···」→「设置」→「通知管理」');
  });

  it('reads 20004 (the main switch is off) the same way, and the action goes on', async () => {
    const api = fakeApi({ 'messages.subscribe': () => subscribed });
    feedback.nextSubscribe = { ok: false, errCode: 20004 };
    expect(await askToSubscribe(['request'])).toEqual({ accepted: [], switchedOff: true });
    expect(feedback.modals.map((m) => m.title)).toEqual(['消息提醒已关闭']);
    expect(api.calls).toEqual([]);
    feedback.nextSubscribe = { ok: false, errCode: 10002 };
    expect(await askToSubscribe(['request'])).toEqual({ accepted: [], switchedOff: false });
    expect(feedback.modals).toHaveLength(1);
  });

  it('asks nothing outside WeChat or without template ids', async () => {
    process.env.TARO_ENV = 'h5';
    expect(await askToSubscribe(['event'])).toBeNull();
    process.env.TARO_ENV = 'weapp';
    globals.NUANXIN_SUBSCRIBE_TMPL_IDS = {};
    expect(await askToSubscribe(['event'])).toBeNull();
    expect(feedback.subscribeAsks).toEqual([]);
  });
});

describe('工作台: 开启工作提醒', () => {
  it('asks a worker for new 暖心事 to dispatch and bookings to approve, and says it is on', async () => {
    const api = fakeApi({ 'messages.subscribe': () => subscribed });
    feedback.nextSubscribe = { ok: true, result: { TPL_NEW_REQUEST: 'accept', TPL_REVIEW: 'accept' } };
    render(<WorkReminders role='worker' />);
    await act(async () => fireEvent.click(screen.getByText('开启工作提醒')));
    expect(feedback.subscribeAsks).toEqual([['TPL_NEW_REQUEST', 'TPL_REVIEW']]);
    expect(api.calls[0].payload).toEqual({ templateIds: ['TPL_NEW_REQUEST', 'TPL_REVIEW'] });
    expect(feedback.toasts).toContainEqual({ title: '已开启提醒', icon: 'success', duration: 2000 });
  });

  it('shows where to turn them on every time the worker asks while they are switched off', async () => {
    fakeApi({});
    feedback.nextSubscribe = { ok: false, errCode: 20004 };
    render(<WorkReminders role='worker' />);
    await act(async () => fireEvent.click(screen.getByText('开启工作提醒')));
    await act(async () => fireEvent.click(screen.getByText('开启工作提醒')));
    expect(feedback.modals).toHaveLength(2);
  });

  it('is not offered to a resident', () => {
    render(<WorkReminders role='resident' />);
    expect(screen.queryByText('开启工作提醒')).toBeNull();
  });
});

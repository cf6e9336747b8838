import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { RequestDetail } from '../../../types';
import { requestDetail } from '../../../src/features/requests/stores/detail';
import DetailPage from '../../../src/packages/requests/detail/index';
import { feedback, resetTaroMock, setRouterParams } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { requestView as base } from './views';


beforeEach(() => {
  resetTaroMock();
  setRouterParams({ id: '5' });
  // Stores live at module level: each test opens the page as a fresh app would.
  requestDetail.clear();
});

describe('暖心事详情', () => {
  it('shows who handled it and what happened, 已点单 → 已派单 → 已接单 → 已办结 with the note and photos', async () => {
    fakeApi({ 'requests.get': () => base() });
    const { container } = render(<DetailPage />);
    expect(await screen.findByText('已办结，请您评价这次服务')).toBeTruthy();
    const titles = Array.from(container.querySelectorAll('.nx-timeline__title')).map((n) => n.textContent);
    expect(titles).toEqual(['已点单', '已派单', '已接单', '已办结']);
    expect(screen.getByText('派给 康巴什供电共建服务队（赵丽娜派单）')).toBeTruthy();
    expect(screen.getByText('更换了开关面板')).toBeTruthy();
    expect(container.querySelectorAll('.nx-timeline .nx-photos__img')).toHaveLength(1);
    expect(screen.getByText('95598')).toBeTruthy();
  });

  it('says how many photos wait for the photo check instead of showing them', async () => {
    fakeApi({ 'requests.get': () => base({ viewer: 'staff', photos: [], photosHidden: 2 }) });
    render(<DetailPage />);
    expect(await screen.findByText('另有2张照片')).toBeTruthy();
    expect(screen.getByText('照片通过安全检测后显示')).toBeTruthy();
  });

  it('rates in a few taps; 未解决 needs a comment and reopens it', async () => {
    const api = fakeApi({
      'requests.get': () => base(),
      'requests.rate': (p) => base({ status: 'pending', round: 2, can: ['withdraw'], ratings: [{ round: 1, stars: p.stars, tags: p.tags ?? [], comment: p.comment ?? null, commentState: 'visible', commentLabel: null, resolved: p.resolved, unitName: '康巴什供电共建服务队', at: '2026-11-24T01:00:00.000Z' }] }),
    });
    const { container } = render(<DetailPage />);
    await screen.findByText('这次服务您满意吗？');
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    expect(screen.getByText('请先点星星打分')).toBeTruthy();

    fireEvent.click(container.querySelector('[data-star="2"]')!);
    fireEvent.click(screen.getByText('未解决'));
    expect(screen.getByText('提交后将退回社区重新办理，并通知社区工作人员')).toBeTruthy();
    fireEvent.click(screen.getByText('还需改进'));
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    expect(screen.getByText('请说说还有什么没解决，社区会重新安排')).toBeTruthy();
    expect(api.actions()).not.toContain('requests.rate');

    fireEvent.change(screen.getByPlaceholderText('请说说还有什么问题没解决（必填）'), { target: { value: '第二天灯又不亮了' } });
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    await waitFor(() => expect(api.actions()).toContain('requests.rate'));
    const rate = api.calls.find((c) => c.action === 'requests.rate')!;
    expect(rate.payload).toEqual({ id: 5, stars: 2, tags: ['还需改进'], comment: '第二天灯又不亮了', resolved: 'unresolved' });
    expect(rate.requestId).toBeTruthy();
    expect(await screen.findByText('已退回社区重新安排，请耐心等待')).toBeTruthy();
    expect(screen.getByText('「第二天灯又不亮了」')).toBeTruthy();
    expect(feedback.toasts).toContainEqual({ title: '已退回社区重新办理', icon: 'none', duration: 2000 });
  });

  it('withdraws only after confirmation', async () => {
    const api = fakeApi({
      'requests.get': () => base({ status: 'dispatched', can: ['withdraw'] }),
      'requests.withdraw': () => base({ status: 'withdrawn', can: [] }),
    });
    render(<DetailPage />);
    await screen.findByText('已派给康巴什供电共建服务队，等待接单');
    feedback.nextModalConfirm = false;
    await act(async () => fireEvent.click(screen.getByText('撤回')));
    expect(feedback.modals.at(-1)?.title).toBe('撤回这件暖心事？');
    expect(api.actions()).not.toContain('requests.withdraw');
    feedback.nextModalConfirm = true;
    await act(async () => fireEvent.click(screen.getByText('撤回')));
    expect(await screen.findByText('您已撤回这件暖心事')).toBeTruthy();
    expect(screen.queryByText('撤回')).toBeNull();
  });

  it('lets the unit accept it, and shows the refusal when someone else was faster', async () => {
    let status: RequestDetail['status'] = 'dispatched';
    fakeApi({
      'requests.get': () => base({ viewer: 'unit', status, phone: '138****1234', phoneMasked: true, can: status === 'dispatched' ? ['accept', 'decline'] : [] }),
      'requests.accept': () => {
        status = 'accepted';
        throw { code: 'CONFLICT', message: '这件暖心事刚刚有了新进展，请刷新后再试' };
      },
    });
    render(<DetailPage />);
    expect(await screen.findByText('接单后可见完整号码')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('接单')));
    await waitFor(() => expect(feedback.toasts.at(-1)?.title).toBe('这件暖心事刚刚有了新进展，请刷新后再试'));
    await waitFor(() => expect(screen.queryByText('接单')).toBeNull());
  });

  it.each([
    ['waiting for the unit', { status: 'dispatched', address: '达尔罕小区3号楼', addressShown: 'area' }, '达尔罕小区3号楼', '接单后可见详细地址'],
    ['taken on by a colleague', { status: 'accepted', address: '达尔罕小区3号楼', addressShown: 'area' }, '达尔罕小区3号楼', '详细地址仅接单人可见'],
    ['ended', { status: 'rated', address: null, addressShown: 'hidden', residentName: '居民' }, '已结束，不再显示', null],
  ] as const)('shows a unit member what the server sends of the address: %s', async (_, over, value, hint) => {
    fakeApi({ 'requests.get': () => base({ viewer: 'unit', phone: '138****1234', phoneMasked: true, can: [], ...over }) });
    render(<DetailPage />);
    expect(await screen.findByText(value)).toBeTruthy();
    if (hint) expect(screen.getByText(hint)).toBeTruthy();
    expect(screen.queryByText('达尔罕小区3号楼2单元501')).toBeNull();
  });

  it('tells the pool the address comes with the claim', async () => {
    fakeApi({ 'requests.get': () => base({ viewer: 'pool', status: 'pooled', address: null, addressShown: 'hidden', residentName: '王**', phone: '138****1234', phoneMasked: true, can: ['claim'] }) });
    render(<DetailPage />);
    expect(await screen.findByText('认领后可见')).toBeTruthy();
  });

  it('declines with a reason picked from a list, after confirmation, and goes back', async () => {
    const api = fakeApi({
      'requests.get': () => base({ viewer: 'assignee', status: 'accepted', can: ['decline', 'complete'] }),
      'requests.decline': () => ({ id: 5, status: 'pending' }),
    });
    render(<DetailPage />);
    await screen.findByText('办结');
    feedback.nextActionSheetIndex = 1;
    await act(async () => fireEvent.click(screen.getByText('退回')));
    await waitFor(() => expect(api.actions()).toContain('requests.decline'));
    expect(api.calls.find((c) => c.action === 'requests.decline')!.payload).toEqual({ id: 5, reason: '人手不足，暂时无法处理' });
    expect(feedback.modals.at(-1)?.title).toBe('退回社区？');
    expect(feedback.navigations).toEqual(['back']);
  });

  it('a worker reviews held text: reads it with the reason it was held, releases or rejects it', async () => {
    const api = fakeApi({
      'requests.get': () => base({ viewer: 'staff', status: 'reviewing', reviewLabel: '含敏感词“传销”', phoneMasked: true, phone: '138****1234', can: ['release', 'reject'] }),
      'requests.review': (p) => base({ viewer: 'staff', status: p.decision === 'release' ? 'pending' : 'rejected', can: p.decision === 'release' ? ['dispatch', 'pool'] : [] }),
    });
    render(<DetailPage />);
    expect(await screen.findByText(/自动检测未通过：含敏感词“传销”/)).toBeTruthy();
    expect(screen.getByText('派单前可查看完整号码联系居民，查看会被记录')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('审核通过')));
    await waitFor(() => expect(screen.getByText('派单')).toBeTruthy());
    expect(api.calls.find((c) => c.action === 'requests.review')!.payload).toEqual({ id: 5, target: 'request', decision: 'release', reason: '' });
    fireEvent.click(screen.getByText('派单'));
    expect(feedback.navigations).toEqual(['/packages/requests/dispatch/index?id=5']);
  });

  it('a worker of the community reveals the resident’s number with one tap, then may call it', async () => {
    const api = fakeApi({
      'requests.get': () => base({ viewer: 'staff', status: 'pending', phoneMasked: true, phone: '138****1234', can: ['dispatch', 'pool'] }),
      'requests.revealPhone': () => ({ phone: '13847701234' }),
    });
    render(<DetailPage />);
    expect(await screen.findByText('138****1234')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('查看号码')));
    expect(api.calls.filter((c) => c.action === 'requests.revealPhone').map((c) => c.payload)).toEqual([{ id: 5 }]);
    expect(screen.getByText('13847701234')).toBeTruthy();
    expect(screen.getByText('已查看完整号码（已记录），点击拨打')).toBeTruthy();
    expect(screen.queryByText('查看号码')).toBeNull();
  });

  it('offers no 查看号码 to a handler who has not accepted it', async () => {
    fakeApi({ 'requests.get': () => base({ viewer: 'unit', status: 'dispatched', phoneMasked: true, phone: '138****1234', can: ['accept', 'decline'] }) });
    render(<DetailPage />);
    expect(await screen.findByText('接单后可见完整号码')).toBeTruthy();
    expect(screen.queryByText('查看号码')).toBeNull();
  });

  it('offers 重试 when it cannot load', async () => {
    let fail = true;
    fakeApi({
      'requests.get': () => {
        if (fail) throw { code: 'NETWORK', message: '网络不给力，请检查网络后重试' };
        return base();
      },
    });
    render(<DetailPage />);
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy();
    fail = false;
    await act(async () => fireEvent.click(screen.getByText('重试')));
    expect(await screen.findByText('这次服务您满意吗？')).toBeTruthy();
  });
});

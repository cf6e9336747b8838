import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { HandlerUnitOption, Me, QueueFilter, RequestDetail, RequestSummary, StatsOverview, StatsRow } from '../../../types';
import { session } from '../../../src/features/people/stores/session';
import { RequestsWorkbench } from '../../../src/features/requests/components/workbench';
import { communityCategories } from '../../../src/features/requests/stores/categories';
import { requestCompletion } from '../../../src/features/requests/stores/complete';
import { requestDetail } from '../../../src/features/requests/stores/detail';
import { requestDispatch } from '../../../src/features/requests/stores/dispatch';
import { myRequests } from '../../../src/features/requests/stores/mine';
import { workQueue } from '../../../src/features/requests/stores/queue';
import { communityStats } from '../../../src/features/requests/stores/stats';
import CategoriesPage from '../../../src/packages/requests/categories/index';
import CompletePage from '../../../src/packages/requests/complete/index';
import DispatchPage from '../../../src/packages/requests/dispatch/index';
import MinePage from '../../../src/packages/requests/mine/index';
import QueuePage from '../../../src/packages/requests/queue/index';
import StatsPage from '../../../src/packages/requests/stats/index';
import { feedback, resetTaroMock, setRouterParams } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { requestView } from './views';

const worker: Me = {
  id: 3,
  role: 'worker',
  name: '赵丽娜',
  phone: '15034771122',
  address: '',
  community: null,
  staffCommunities: [{ id: 1, name: '达尔罕社区', streetId: 1, streetName: '哈巴格希街道', districtName: '康巴什区' }],
  unreadMessages: 0,
};

const summary = (id: number, over: Partial<RequestSummary> = {}): RequestSummary => ({
  id,
  communityName: '达尔罕社区',
  category: '家政维修',
  excerpt: `第${id}件：厨房水管漏水`,
  status: 'pending',
  overdue: false,
  residentName: '王秀兰',
  source: 'self',
  subject: 'self',
  unitName: null,
  createdAt: '2026-11-24T02:00:00.000Z',
  statusSince: '2026-11-24T02:00:00.000Z',
  commentHeld: false,
  ...over,
});

const counts = (c: Partial<Record<QueueFilter, number>>) => ({ pending: 0, active: 0, completed: 0, closed: 0, overdue: 0, review: 0, ...c });

beforeEach(() => {
  resetTaroMock();
  session.reset();
  // Stores live at module level: each test opens its page as a fresh app would.
  workQueue.list.reset();
  for (const stores of [requestDetail, requestDispatch, requestCompletion, communityStats, communityCategories]) stores.clear();
  myRequests.clear();
});

describe('the worker queue', () => {
  it('lists a tab with counts, switches tab and category, and pages on', async () => {
    const api = fakeApi({
      'me.get': () => worker,
      'requests.queue': (p) => {
        const categories = ['家政维修', '邻里调解'];
        if (p.filter === 'overdue') return { items: [summary(9, { overdue: true })], counts: counts({ pending: 31, overdue: 1 }), hasMore: false, categories };
        if (p.cursor) return { items: [summary(40)], counts: counts({ pending: 31, overdue: 1 }), hasMore: false, categories };
        return { items: Array.from({ length: 30 }, (_, i) => summary(i + 1)), counts: counts({ pending: 31, overdue: 1 }), hasMore: true, categories };
      },
    });
    setRouterParams({});
    const { container } = render(<QueuePage />);
    await waitFor(() => expect(container.querySelectorAll('.nx-req-card')).toHaveLength(30));
    expect(screen.getByText('31')).toBeTruthy();
    expect(api.calls.find((c) => c.action === 'requests.queue')!.payload).toEqual({ communityId: 1, filter: 'pending', category: undefined, cursor: undefined });
    expect(api.actions()).toEqual(['me.get', 'requests.queue']); // the category filter's choices came with the page

    await act(async () => fireEvent.click(screen.getByText('加载更多')));
    await waitFor(() => expect(container.querySelectorAll('.nx-req-card')).toHaveLength(31));
    expect(api.calls.filter((c) => c.action === 'requests.queue').at(-1)!.payload).toMatchObject({ cursor: 30 });
    expect(screen.getByText('没有更多了')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByText('超时')));
    await waitFor(() => expect(container.querySelectorAll('.nx-req-card')).toHaveLength(1));
    expect(container.querySelector('.nx-req-card .nx-tag--danger')?.textContent).toBe('超时');

    await act(async () => fireEvent.change(screen.getByLabelText('picker'), { target: { value: '1' } }));
    expect(api.calls.filter((c) => c.action === 'requests.queue').at(-1)!.payload).toMatchObject({ filter: 'overdue', category: '家政维修' });
  });

  it('tells a resident the queue is not for them', async () => {
    fakeApi({ 'me.get': () => ({ ...worker, role: 'resident', staffCommunities: [] }) });
    render(<QueuePage />);
    expect(await screen.findByText('派单仅对社区工作人员开放')).toBeTruthy();
  });
});

describe('派单', () => {
  const detail = { id: 5, category: '家政维修', description: '厨房水管漏水', residentName: '王秀兰', address: '3号楼', preferredTime: '尽快', can: ['dispatch', 'pool'] } as unknown as RequestDetail;
  const unit = (id: number, name: string, serves: boolean, members = 2): HandlerUnitOption => ({ id, name, kind: 'cobuild', phone: '', scopeName: '达尔罕社区', categories: serves ? ['家政维修'] : ['其他'], members, openTasks: 0, serves });

  it('lists the units that serve the category first, preselects one, and dispatches with a note', async () => {
    const api = fakeApi({
      'requests.dispatchPage': () => ({ request: detail, units: [unit(3, '康巴什供电共建服务队', true), unit(4, '空壳队', false, 0), unit(5, '矛盾调解志愿服务队', false)] }),
      'requests.dispatch': () => ({ ...detail, status: 'dispatched' }),
    });
    setRouterParams({ id: '5' });
    render(<DispatchPage />);
    expect(await screen.findByText('派给 康巴什供电共建服务队')).toBeTruthy();
    expect(screen.getByText(/暂无成员/)).toBeTruthy();
    fireEvent.click(screen.getByText('矛盾调解志愿服务队'));
    fireEvent.change(screen.getByPlaceholderText('例如：老人行动不便，请先电话联系'), { target: { value: '请带工具' } });
    await act(async () => fireEvent.click(screen.getByText('派给 矛盾调解志愿服务队')));
    await waitFor(() => expect(feedback.navigations).toEqual(['back']));
    expect(api.calls.find((c) => c.action === 'requests.dispatch')!.payload).toEqual({ id: 5, unitId: 5, note: '请带工具' });
    expect(api.actions()).toEqual(['requests.dispatchPage', 'requests.dispatch']);
  });

  it('can put it in the claim pool instead', async () => {
    const api = fakeApi({ 'requests.dispatchPage': () => ({ request: detail, units: [unit(3, '康巴什供电共建服务队', true)] }), 'requests.pool': () => ({ ...detail, status: 'pooled' }) });
    setRouterParams({ id: '5' });
    render(<DispatchPage />);
    const pool = await screen.findByText('发布到认领池，由服务队认领');
    await act(async () => fireEvent.click(pool));
    await waitFor(() => expect(api.actions()).toContain('requests.pool'));
    expect(feedback.toasts.at(-1)?.title).toBe('已发布到认领池');
  });
});

describe('办结', () => {
  it('needs a note of a few words, then completes once', async () => {
    const api = fakeApi({ 'requests.complete': () => requestView({ viewer: 'assignee', can: [] }) });
    setRouterParams({ id: '5' });
    render(<CompletePage />);
    await act(async () => fireEvent.click(screen.getByText('确认办结')));
    expect(screen.getByText('办结说明至少5个字')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText(/请写明做了什么/), { target: { value: '已上门更换水管接头' } });
    await act(async () => fireEvent.click(screen.getByText('确认办结')));
    await waitFor(() => expect(feedback.navigations).toEqual(['back']));
    expect(api.calls.filter((c) => c.action === 'requests.complete')).toEqual([
      expect.objectContaining({ payload: { id: 5, note: '已上门更换水管接头', photos: [] }, requestId: expect.any(String) }),
    ]);
  });
});

describe('我的暖心事', () => {
  it('puts what waits for my rating first, and offers to order when empty', async () => {
    fakeApi({ 'requests.mine': () => [summary(1, { status: 'accepted' }), summary(2, { status: 'completed', excerpt: '灯不亮了' })] });
    const { container, unmount } = render(<MinePage />);
    await screen.findByText('待您评价');
    expect(container.querySelector('.nx-req-mine__section .nx-req-card__excerpt')?.textContent).toBe('灯不亮了');
    fireEvent.click(screen.getByText('灯不亮了'));
    expect(feedback.navigations).toEqual(['/packages/requests/detail/index?id=2']);
    unmount();

    fakeApi({ 'requests.mine': () => [] });
    render(<MinePage />);
    fireEvent.click(await screen.findByText('去点单'));
    expect(feedback.navigations.at(-1)).toBe('/pages/requests/index');
  });
});

describe('满意度统计', () => {
  const row = (key: string, over: Partial<StatsRow> = {}): StatsRow => ({ key, label: key, created: 0, accepted: 0, completed: 0, ratings: 0, satisfaction: null, medianAcceptMinutes: null, medianCompleteMinutes: null, ...over });
  const stats = (month = '2026-11'): StatsOverview => ({
    month,
    currentMonth: '2026-11',
    communityName: '达尔罕社区',
    total: row('total', { created: 16, completed: 10, ratings: 9, satisfaction: 7 / 9, medianAcceptMinutes: 120, medianCompleteMinutes: 3 * 1440 }),
    byCategory: [row('家政维修', { created: 4, completed: 3, satisfaction: 2 / 3 }), row('其他', { created: 1 })],
    byUnit: [row('3', { label: '康巴什供电共建服务队', accepted: 4, completed: 3, ratings: 3, satisfaction: 1, medianAcceptMinutes: 45 })],
    bySource: [row('self', { label: '居民自报', created: 12 }), row('grid', { label: '网格员上报', created: 2 }), row('hotline', { label: '热线', created: 1 }), row('visit', { label: '来访', created: 1 })],
    overdueOpen: 2,
  });

  it('shows the month: satisfaction, median times, a bar per category and per unit; steps back a month', async () => {
    const api = fakeApi({ 'stats.overview': (p) => stats(p.month) });
    setRouterParams({ communityId: '1' });
    const { container } = render(<StatsPage />);
    expect(await screen.findByText('78%')).toBeTruthy();
    expect(screen.getByText('2小时')).toBeTruthy();
    expect(screen.getByText('3天')).toBeTruthy();
    expect(screen.getByText('办结10件 · 当前超时2件')).toBeTruthy();
    const bars = Array.from(container.querySelectorAll('.nx-bars__fill')).map((b) => (b as HTMLElement).style.width);
    // By category (4, 1), by source (居民自报 12, 网格员上报 2, 热线 1, 来访 1), by unit (satisfaction).
    expect(bars).toEqual(['100%', '25%', '100%', '17%', '8%', '8%', '100%']);
    expect(screen.getByText('各来源点单量')).toBeTruthy();
    expect(screen.getByText('网格员上报')).toBeTruthy();
    expect(screen.getByText('接单用时45分钟')).toBeTruthy();

    // The page opens on the server's current month (named in the answer), whatever the device's clock says.
    expect(api.calls[0].payload).toEqual({ communityId: 1 });
    expect(container.querySelector('.nx-stats__month-label')?.textContent).toBe('达尔罕社区 2026年11月');
    fireEvent.click(screen.getByText('下月 ›'));
    expect(api.calls.filter((c) => c.action === 'stats.overview')).toHaveLength(1);
    await act(async () => fireEvent.click(screen.getByText('‹ 上月')));
    expect((api.calls.at(-1)!.payload as { month: string }).month).toBe('2026-10');
  });
});

describe('工作台 section', () => {
  it('shows a worker what waits and a handler their tasks, each opening its list', () => {
    render(
      <RequestsWorkbench
        summary={{
          staff: [{ communityId: 1, communityName: '达尔罕社区', pending: 2, overdue: 1, review: 0, active: 3 }],
          handler: { todo: 1, doing: 2, pool: 4, units: [{ id: 3, name: '康巴什供电共建服务队', kind: 'cobuild', phone: '' }] },
        }}
      />,
    );
    fireEvent.click(screen.getByText('超时'));
    expect(feedback.navigations).toEqual(['/packages/requests/queue/index?communityId=1&filter=overdue']);
    expect(screen.queryByText('待审核')).toBeNull();
    fireEvent.click(screen.getByText('认领池'));
    expect(feedback.navigations.at(-1)).toBe('/packages/requests/tasks/index?filter=pool');
    expect(screen.getByText('我的任务 · 康巴什供电共建服务队')).toBeTruthy();
  });

  it('shows nothing when there is no queue and no unit', () => {
    const { container } = render(<RequestsWorkbench summary={{ staff: [], handler: null }} />);
    expect(container.textContent).toBe('');
  });
});

describe('服务类别设置', () => {
  it('removes after confirmation, adds before 其他, refuses a duplicate, and saves the list', async () => {
    const api = fakeApi({
      'requests.categories': () => ({ communityId: 1, categories: ['助老助残', '家政维修', '其他'], publicCategories: [] }),
      'requests.setCategories': (p) => ({ ...p, publicCategories: p.publicCategories ?? [] }),
    });
    setRouterParams({ communityId: '1' });
    const { container } = render(<CategoriesPage />);
    await screen.findByText('助老助残');
    const names = () => Array.from(container.querySelectorAll('.nx-categories__name')).map((n) => n.textContent);

    feedback.nextModalConfirm = false;
    await act(async () => fireEvent.click(screen.getAllByText('删除')[0]));
    expect(names()).toEqual(['助老助残', '家政维修', '其他']);
    feedback.nextModalConfirm = true;
    await act(async () => fireEvent.click(screen.getAllByText('删除')[0]));
    expect(names()).toEqual(['家政维修', '其他']);

    fireEvent.change(screen.getByPlaceholderText('新增类别，如：法律援助'), { target: { value: '家政维修' } });
    fireEvent.click(screen.getByText('添加'));
    expect(screen.getByText('已有这个类别')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('新增类别，如：法律援助'), { target: { value: ' 法律援助 ' } });
    fireEvent.click(screen.getByText('添加'));
    expect(names()).toEqual(['家政维修', '法律援助', '其他']);

    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(api.calls.find((c) => c.action === 'requests.setCategories')!.payload).toEqual({ communityId: 1, categories: ['家政维修', '法律援助', '其他'], publicCategories: [] });
    expect(feedback.navigations).toEqual(['back']);
  });

  it('marks a category public-space (公共区域) and saves the marks with the list', async () => {
    const api = fakeApi({
      'requests.categories': () => ({ communityId: 1, categories: ['环境卫生', '公共设施', '其他'], publicCategories: ['环境卫生'] }),
      'requests.setCategories': (p) => ({ ...p, publicCategories: p.publicCategories ?? [] }),
    });
    setRouterParams({ communityId: '1' });
    render(<CategoriesPage />);
    expect(await screen.findByText('✓ 公共区域')).toBeTruthy();
    expect(screen.getByText(/公共区域类别（如环境卫生、公共设施）的待办问题会向本社区居民公开/)).toBeTruthy();
    fireEvent.click(screen.getAllByText('设为公共区域')[0]);
    expect(screen.getAllByText('✓ 公共区域')).toHaveLength(2);
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(api.calls.find((c) => c.action === 'requests.setCategories')!.payload).toEqual({ communityId: 1, categories: ['环境卫生', '公共设施', '其他'], publicCategories: ['环境卫生', '公共设施'] });
  });
});

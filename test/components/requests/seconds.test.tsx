import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { PublicRequest, RequestsHome, SimilarPage } from '../../../types';
import RequestsPage from '../../../src/pages/requests/index';
import SimilarRequestsPage from '../../../src/packages/requests/same/index';
import DetailPage from '../../../src/packages/requests/detail/index';
import { session } from '../../../src/features/people/stores/session';
import { draftStore } from '../../../src/features/requests/stores/draft';
import { requestDetail } from '../../../src/features/requests/stores/detail';
import { myRequests } from '../../../src/features/requests/stores/mine';
import { similarRequests } from '../../../src/features/requests/stores/similar';
import { requestsTab } from '../../../src/features/requests/stores/tab';
import { feedback, resetTaroMock, setRouterParams } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { requestView } from './views';

/** 附议: the tab points at the same problem already reported in the 小区; the page seconds it in one tap. */

const home = (similar: Record<string, number>): RequestsHome => ({
  communityId: 1,
  categories: ['助老助残', '环境卫生', '其他'],
  contact: { phone: '13847702002', address: '达尔罕小区2号楼3单元402' },
  mine: [],
  similar,
});

const item = (over: Partial<PublicRequest> = {}): PublicRequest => ({
  id: 31,
  category: '环境卫生',
  estate: '达尔罕小区',
  description: '小区东门绿化带里有人乱扔建筑垃圾，已经堆了一大片',
  photos: [],
  status: 'pending',
  seconds: 2,
  createdAt: '2026-11-24T23:00:00.000Z',
  mine: false,
  seconded: false,
  ...over,
});

const page = (items: PublicRequest[]): SimilarPage => ({ category: '环境卫生', estate: '达尔罕小区', isPublic: true, items });

beforeEach(() => {
  resetTaroMock();
  session.reset();
  draftStore.discard();
  myRequests.clear();
  requestsTab.clear();
  similarRequests.clear();
  requestDetail.clear();
});

describe('附议', () => {
  it('the form says the 小区 already has open problems of the chosen category, from the tab’s one call, and opens them', async () => {
    const api = fakeApi({ 'requests.home': () => home({ 环境卫生: 1 }) });
    render(<RequestsPage />);
    fireEvent.click(await screen.findByText('助老助残'));
    expect(screen.queryByText(/去附议/)).toBeNull();
    fireEvent.click(screen.getByText('环境卫生'));
    fireEvent.click(await screen.findByText('本小区已有1件同类问题，去附议 ›'));
    expect(feedback.navigations).toEqual(['/packages/requests/same/index']);
    expect(api.actions()).toEqual(['requests.home']);
  });

  it('lists them for the draft’s category and address without the reporter, and seconds one in one call', async () => {
    draftStore.set('category', '环境卫生');
    draftStore.set('address', '达尔罕小区2号楼3单元402');
    const api = fakeApi({
      'requests.similar': () => page([item(), item({ id: 32, description: '9号楼前路灯不亮', seconds: 0, mine: true })]),
      'requests.second': ({ id }) => item({ id, seconds: 3, seconded: true }),
    });
    const { container } = render(<SimilarRequestsPage />);
    expect(await screen.findByText('小区东门绿化带里有人乱扔建筑垃圾，已经堆了一大片')).toBeTruthy();
    expect(api.calls[0].payload).toEqual({ category: '环境卫生', address: '达尔罕小区2号楼3单元402' });
    expect(screen.getByText('2位邻居附议')).toBeTruthy();
    expect(screen.getByText('您反映的')).toBeTruthy();
    expect(container.textContent).toContain('环境卫生 · 达尔罕小区');

    await act(async () => fireEvent.click(screen.getByText('附议')));
    await waitFor(() => expect(screen.getByText('3位邻居附议')).toBeTruthy());
    expect(screen.getByText('已附议')).toBeTruthy();
    expect(api.actions()).toEqual(['requests.similar', 'requests.second']);
    expect(feedback.toasts.at(-1)).toMatchObject({ title: '已附议' });
  });

  it('a neighbour’s view of the request: the count, nothing of the reporter, and a rating without a comment', async () => {
    setRouterParams({ id: '5' });
    const neighbour = requestView({ viewer: 'neighbour', residentName: '居民', address: null, addressShown: 'hidden', phone: '', phoneMasked: true, preferredTime: '', seconds: 3, can: ['rate'] });
    const api = fakeApi({ 'requests.get': () => neighbour, 'requests.rate': () => ({ ...neighbour, can: [] }) });
    const { container } = render(<DetailPage />);
    expect(await screen.findByText('您和另外2位邻居附议了这件事')).toBeTruthy();
    expect(screen.queryByText('联系信息')).toBeNull();
    expect(screen.queryByPlaceholderText(/说说您的感受/)).toBeNull();
    fireEvent.click(container.querySelector('[data-star="4"]')!);
    fireEvent.click(screen.getByText('未解决'));
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    expect(api.calls.find((c) => c.action === 'requests.rate')!.payload).toMatchObject({ id: 5, stars: 4, comment: '', resolved: 'unresolved' });
  });
});

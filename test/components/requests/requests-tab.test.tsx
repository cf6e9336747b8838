import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Me, RequestDetail, RequestSummary } from '../../../types';
import RequestsPage from '../../../src/pages/requests/index';
import { session } from '../../../src/features/people/stores/session';
import { DraftStore, draftStore } from '../../../src/features/requests/stores/draft';
import { myRequests } from '../../../src/features/requests/stores/mine';
import { requestsTab } from '../../../src/features/requests/stores/tab';
import Taro, { feedback, resetTaroMock } from '../mocks/taro';
import { fakeApi } from '../fake-api';

jest.mock('../../../src/api/upload', () => ({
  uploadImage: jest.fn(async (path: string) => `local:${Buffer.from(path).toString('hex').padEnd(32, '0').slice(0, 32)}.jpg`),
}));

const resident = (): Me => ({
  id: 1,
  role: 'resident',
  name: '王秀兰',
  phone: '13847701234',
  address: '达尔罕小区3号楼2单元501',
  community: { id: 1, name: '达尔罕社区', streetId: 1, streetName: '哈巴格希街道', districtName: '康巴什区' },
  staffCommunities: [],
  unreadMessages: 0,
});

/** requests.home: what the tab is drawn from, in one call. */
const home = (mine: unknown[] = [], communityId: number | null = 1, similar: Record<string, number> = {}) => ({
  communityId,
  categories: communityId ? ['助老助残', '家政维修', '邻里调解', '法律援助', '其他'] : [],
  contact: { phone: resident().phone, address: resident().address },
  mine: mine as RequestSummary[],
  similar,
});

function server(over: Record<string, (p: any) => unknown> = {}) { // eslint-disable-line @typescript-eslint/no-explicit-any
  return fakeApi({
    'requests.home': () => home(),
    'requests.create': (p) => ({ id: 42, ...p }) as unknown as RequestDetail,
    ...over,
  });
}

const type = (placeholder: RegExp | string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });
const submit = () => act(async () => fireEvent.click(screen.getByText('提交点单')));

beforeEach(() => {
  resetTaroMock();
  session.reset();
  // The page's store is a module singleton: start each test as a fresh app on an empty device.
  draftStore.load();
  myRequests.clear();
  requestsTab.clear();
});
afterEach(() => jest.restoreAllMocks());

describe('暖心事 tab: 我要点单', () => {
  it('shows the community categories and prefills address and phone from the profile, from one call', async () => {
    const api = server();
    render(<RequestsPage />);
    expect(await screen.findByText('法律援助')).toBeTruthy();
    await waitFor(() => expect((screen.getByPlaceholderText('11位手机号') as HTMLInputElement).value).toBe('13847701234'));
    expect((screen.getByPlaceholderText('小区、楼号、单元、门牌') as HTMLInputElement).value).toBe('达尔罕小区3号楼2单元501');
    expect(api.actions()).toEqual(['requests.home']);
  });

  it('shows what is wrong next to the field and sends nothing', async () => {
    const api = server();
    render(<RequestsPage />);
    await screen.findByText('法律援助');
    await submit();
    expect(screen.getByText('请选择服务类别')).toBeTruthy();

    fireEvent.click(screen.getByText('家政维修'));
    type(/请说说遇到了什么困难/, '水管漏水了请帮忙');
    await submit();
    expect(screen.getByText('问题描述至少10个字')).toBeTruthy();

    type(/请说说遇到了什么困难/, '厨房水管接口漏水，地面一直是湿的');
    type('11位手机号', '1384770');
    await submit();
    expect(screen.getByText('联系电话格式不正确，请填写11位手机号')).toBeTruthy();

    type('11位手机号', '13847701234');
    type(/请说说遇到了什么困难/, '<b>厨房</b>水管接口漏水，地面一直是湿的');
    await submit();
    expect(screen.getByText('问题描述不能包含 < 或 > 等特殊符号')).toBeTruthy();
    expect(api.actions()).not.toContain('requests.create');
  });

  it('asks for consent once, then submits one request whatever the number of taps, and opens it', async () => {
    let release!: () => void;
    const api = server({ 'requests.create': (p) => new Promise((r) => (release = () => r({ id: 42, ...p }))) });
    render(<RequestsPage />);
    await screen.findByText('法律援助');
    fireEvent.click(screen.getByText('家政维修'));
    type(/请说说遇到了什么困难/, '厨房水管接口漏水，地面一直是湿的，老人容易滑倒');

    feedback.nextModalConfirm = false;
    await submit();
    expect(feedback.modals.map((m) => m.title)).toEqual(['个人信息使用说明']);
    expect(screen.getByText('需要您同意个人信息使用说明后才能提交')).toBeTruthy();
    expect(api.actions()).not.toContain('requests.create');

    feedback.nextModalConfirm = true;
    await submit();
    await submit();
    await submit();
    await act(async () => release());
    await waitFor(() => expect(feedback.navigations).toEqual(['/packages/requests/detail/index?id=42']));
    const creates = api.calls.filter((c) => c.action === 'requests.create');
    expect(creates).toHaveLength(1);
    expect(creates[0].payload).toEqual({
      category: '家政维修',
      description: '厨房水管接口漏水，地面一直是湿的，老人容易滑倒',
      address: '达尔罕小区3号楼2单元501',
      phone: '13847701234',
      preferredTime: '尽快',
      photos: [],
    });
    expect(creates[0].requestId).toMatch(/^r[a-z0-9]+$/);
    expect(feedback.toasts).toContainEqual({ title: '已提交', icon: 'success', duration: 2000 });
    // Consent is remembered; the form is empty again.
    expect(Taro.getStorageSync('nx.privacyConsent.v1')).toBe(true);
    expect((screen.getByPlaceholderText(/请说说遇到了什么困难/) as HTMLTextAreaElement).value).toBe('');
  });

  it('shows the server refusing the address next to the address field', async () => {
    server({
      'requests.create': () => {
        throw { code: 'INVALID_INPUT', message: '服务地址未通过内容安全检查，请修改后再提交', field: 'address' };
      },
    });
    Taro.setStorageSync('nx.privacyConsent.v1', true);
    render(<RequestsPage />);
    await screen.findByText('法律援助');
    fireEvent.click(screen.getByText('邻里调解'));
    type(/请说说遇到了什么困难/, '楼上装修噪音每天持续到晚上十点');
    type('小区、楼号、单元、门牌', '7号楼 赌博 代开发票 加微信');
    await submit();
    expect(await screen.findByText('服务地址未通过内容安全检查，请修改后再提交')).toBeTruthy();
    expect(feedback.navigations).toEqual([]);
  });

  it('retries with the same requestId after a network failure, keeping what was typed', async () => {
    let fail = true;
    const api = server({
      'requests.create': (p) => {
        if (fail) throw { code: 'NETWORK', message: '网络不给力，请检查网络后重试' };
        return { id: 7, ...p };
      },
    });
    Taro.setStorageSync('nx.privacyConsent.v1', true);
    render(<RequestsPage />);
    await screen.findByText('法律援助');
    fireEvent.click(screen.getByText('邻里调解'));
    type(/请说说遇到了什么困难/, '楼上装修噪音每天持续到晚上十点');
    await submit();
    expect(screen.getByText('网络不给力，请检查网络后重试')).toBeTruthy();
    expect((screen.getByPlaceholderText(/请说说遇到了什么困难/) as HTMLTextAreaElement).value).toBe('楼上装修噪音每天持续到晚上十点');
    fail = false;
    await submit();
    await waitFor(() => expect(feedback.navigations).toEqual(['/packages/requests/detail/index?id=7']));
    const ids = api.calls.filter((c) => c.action === 'requests.create').map((c) => c.requestId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });

  it('keeps the draft on the device: leaving the page (or the app) loses nothing', async () => {
    server();
    const { unmount } = render(<RequestsPage />);
    await screen.findByText('法律援助');
    fireEvent.click(screen.getByText('助老助残'));
    type(/请说说遇到了什么困难/, '母亲八十二岁独居，想请志愿者每周帮忙买菜');
    fireEvent.click(screen.getByText('周末'));
    unmount();

    const reopened = new DraftStore();
    expect(reopened.draft).toMatchObject({ category: '助老助残', description: '母亲八十二岁独居，想请志愿者每周帮忙买菜', preferredTime: '周末' });
    draftStore.load();
    render(<RequestsPage />);
    expect((await screen.findByPlaceholderText(/请说说遇到了什么困难/) as HTMLTextAreaElement).value).toBe('母亲八十二岁独居，想请志愿者每周帮忙买菜');
  });

  it('uploads picked photos at once and keeps at most six', async () => {
    const api = server();
    Taro.setStorageSync('nx.privacyConsent.v1', true);
    (jest.spyOn(Taro, 'chooseImage') as jest.SpyInstance).mockImplementation(async (opts?: { count?: number }) => ({
      tempFilePaths: Array.from({ length: opts?.count ?? 1 }, (_, i) => `blob:photo${i}`),
    }));
    const { container } = render(<RequestsPage />);
    await screen.findByText('法律援助');
    await act(async () => fireEvent.click(screen.getByText('添加照片')));
    await waitFor(() => expect(container.querySelectorAll('.nx-photos__img')).toHaveLength(6));
    expect(screen.queryByText('添加照片')).toBeNull();
    fireEvent.click(container.querySelectorAll('.nx-photos__remove')[0]);
    expect(container.querySelectorAll('.nx-photos__img')).toHaveLength(5);
    expect(screen.getByText('添加照片')).toBeTruthy();

    fireEvent.click(screen.getByText('其他'));
    type(/请说说遇到了什么困难/, '想借用社区活动室排练合唱');
    await submit();
    await waitFor(() => expect(api.actions()).toContain('requests.create'));
    expect((api.calls.find((c) => c.action === 'requests.create')!.payload as { photos: string[] }).photos).toHaveLength(5);
  });

  it('asks a newcomer to choose a community first', async () => {
    fakeApi({ 'requests.home': () => home([], null) });
    render(<RequestsPage />);
    fireEvent.click(await screen.findByText('去选择社区'));
    expect(feedback.navigations).toEqual(['/pages/me/index']);
  });

  it('shows how many requests wait for a rating', async () => {
    server({ 'requests.home': () => home([{ id: 1, status: 'completed' }, { id: 2, status: 'accepted' }]) });
    render(<RequestsPage />);
    expect(await screen.findByText('1件办理中 · 1件待评价 ›')).toBeTruthy();
  });
});

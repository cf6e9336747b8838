import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { FileForPage, ResidentSummary } from '../../../types';
import { requestDetail } from '../../../src/features/requests/stores/detail';
import { fileForm } from '../../../src/features/requests/stores/file-for';
import FileFor from '../../../src/packages/requests/file-for/index';
import DetailPage from '../../../src/packages/requests/detail/index';
import { feedback, resetTaroMock, setRouterParams } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { requestView } from './views';

const page = (over: Partial<FileForPage> = {}): FileForPage => ({
  communities: [{ id: 1, name: '达尔罕社区' }],
  communityId: 1,
  categories: ['助老助残', '家政维修', '环境卫生'],
  kinds: ['resident', 'person', 'public'],
  sources: ['grid', 'hotline', 'visit'],
  ...over,
});

const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

beforeEach(() => {
  resetTaroMock();
  requestDetail.clear();
});

describe('代点单', () => {
  it('files for a hotline caller without the app in one call, and the detail shows the answer at once', async () => {
    const filed = requestView({ id: 77, status: 'pending', source: 'hotline', subject: 'person', residentName: '白秀英', filedBy: '赵丽娜', viewer: 'staff', can: ['dispatch', 'pool'] });
    const api = fakeApi({ 'requests.fileForPage': () => page(), 'requests.fileFor': () => filed });
    setRouterParams({ communityId: '1' });
    render(<FileFor />);
    await screen.findByText('热线');
    expect(api.calls[0]).toMatchObject({ action: 'requests.fileForPage', payload: { communityId: 1 } });

    fireEvent.click(screen.getByText('未用小程序的群众'));
    type('群众姓名', '白秀英');
    fireEvent.click(screen.getByText('助老助残'));
    type('例如：老人独居，想请人每周帮忙取一次药', '96118热线来电：老人想请人每周帮忙取一次药');
    type('小区、楼号、单元、门牌', '达尔罕小区4号楼2单元102');
    // A person without the app must leave a number (电话回访): checked before anything is sent.
    await act(async () => fireEvent.click(screen.getByText('登记暖心事')));
    expect((await screen.findByRole('alert')).textContent).toContain('联系电话');
    expect(api.actions()).toEqual(['requests.fileForPage']);

    type('11位手机号（电话回访用）', '13847703001');
    await act(async () => fireEvent.click(screen.getByText('登记暖心事')));
    await waitFor(() => expect(feedback.navigations.at(-1)).toBe('/packages/requests/detail/index?id=77'));
    expect(api.calls.at(-1)!.payload).toEqual({
      communityId: 1,
      source: 'hotline',
      kind: 'person',
      personName: '白秀英',
      category: '助老助残',
      description: '96118热线来电：老人想请人每周帮忙取一次药',
      address: '达尔罕小区4号楼2单元102',
      phone: '13847703001',
      preferredTime: '尽快',
      photos: [],
    });
    expect(api.actions()).toEqual(['requests.fileForPage', 'requests.fileFor']);

    // The detail page shows the answer without asking again, with where it came from.
    setRouterParams({ id: '77' });
    render(<DetailPage />);
    expect(await screen.findByText('白秀英')).toBeTruthy();
    expect(screen.getAllByText('热线').length).toBeGreaterThan(0);
    expect(screen.getByText('赵丽娜代为登记')).toBeTruthy();
  });

  it('finds a registered resident by phone (masked) and files for them', async () => {
    const found: ResidentSummary[] = [{ id: 30, name: '孙秀珍', phoneMasked: '138****2005', address: '达尔罕小区8号楼2单元302', hasApp: true }];
    const api = fakeApi({ 'requests.fileForPage': () => page(), 'people.residents': () => found, 'requests.fileFor': () => requestView({ id: 78 }) });
    setRouterParams({});
    render(<FileFor />);
    await screen.findByText('热线');
    fireEvent.click(screen.getByText('已注册居民'));
    await act(async () => fireEvent.click(screen.getByText('查找')));
    expect(screen.getByRole('alert').textContent).toBe('请输入居民姓名或11位手机号');
    type('姓名或11位手机号', '13847702005');
    await act(async () => fireEvent.click(screen.getByText('查找')));
    expect(api.calls.find((c) => c.action === 'people.residents')!.payload).toEqual({ communityId: 1, keyword: '13847702005' });
    fireEvent.click(await screen.findByText('孙秀珍'));
    expect((screen.getByPlaceholderText('小区、楼号、单元、门牌') as HTMLInputElement).value).toBe('达尔罕小区8号楼2单元302');
    fireEvent.click(screen.getByText('来访'));
    fireEvent.click(screen.getByText('家政维修'));
    type('例如：老人独居，想请人每周帮忙取一次药', '卫生间下水道堵了，想请师傅上门疏通');
    await act(async () => fireEvent.click(screen.getByText('登记暖心事')));
    await waitFor(() => expect(api.actions().at(-1)).toBe('requests.fileFor'));
    expect(api.calls.at(-1)!.payload).toMatchObject({ kind: 'resident', source: 'visit', residentId: 30, personName: undefined, phone: undefined });
  });

  it('a grid worker reports a public-space problem: 网格员上报 only, no other choices', async () => {
    fakeApi({ 'requests.fileForPage': () => page({ kinds: ['public'], sources: ['grid'] }) });
    setRouterParams({});
    render(<FileFor />);
    await screen.findByText('网格员上报');
    expect(screen.queryByText('热线')).toBeNull();
    expect(screen.queryByText('已注册居民')).toBeNull();
    expect(fileForm.values).toMatchObject({ kind: 'public', source: 'grid' });
    expect(screen.getByPlaceholderText('例如：7号楼北侧消防通道')).toBeTruthy();
  });

  it('tells someone who may not file for others what the page is for', async () => {
    fakeApi({ 'requests.fileForPage': () => page({ communities: [], communityId: null, categories: [], kinds: [], sources: [] }) });
    setRouterParams({});
    render(<FileFor />);
    expect(await screen.findByText('只有社区工作人员和网格员可以代点单')).toBeTruthy();
  });
});

describe('电话回访', () => {
  it('a worker records the rating a person without the app gave by phone, in one call', async () => {
    const done = requestView({ id: 79, status: 'completed', subject: 'person', source: 'hotline', residentName: '白秀英', viewer: 'staff', can: [], canRateByPhone: true });
    const api = fakeApi({ 'requests.get': () => done, 'requests.rateByPhone': () => ({ ...done, status: 'rated', canRateByPhone: false }) });
    setRouterParams({ id: '79' });
    const { container } = render(<DetailPage />);
    expect(await screen.findByText('请电话询问白秀英：对这次服务满意吗？')).toBeTruthy();
    fireEvent.click(container.querySelector('[data-star="5"]')!);
    await act(async () => fireEvent.click(screen.getByText('记录回访评价')));
    await waitFor(() => expect(api.actions().at(-1)).toBe('requests.rateByPhone'));
    expect(api.calls.at(-1)!.payload).toMatchObject({ id: 79, stars: 5, resolved: 'resolved' });
    await waitFor(() => expect(screen.queryByText('记录回访评价')).toBeNull());
  });
});

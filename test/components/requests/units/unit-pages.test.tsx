import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ManagedUnit, MyUnit, ResidentSummary, TasksResult, UnitsOverview } from '../../../../types';
import { session } from '../../../../src/features/people/stores/session';
import { RequestsWorkbench } from '../../../../src/features/requests/components/workbench';
import { myTasks } from '../../../../src/features/requests/stores/tasks';
import { myUnits } from '../../../../src/features/requests/units/stores/my-units';
import { unitForm } from '../../../../src/features/requests/units/stores/unit-form';
import { communityUnits } from '../../../../src/features/requests/units/stores/units';
import TasksPage from '../../../../src/packages/requests/tasks/index';
import UnitEditPage from '../../../../src/packages/requests/units/edit';
import UnitsPage from '../../../../src/packages/requests/units/index';
import { feedback, resetTaroMock, setRouterParams } from '../../mocks/taro';
import { fakeApi } from '../../fake-api';

const OPTIONS = ['助老助残', '家政维修', '邻里调解', '政策咨询', '环境卫生', '心理关爱', '其他'];

const myUnit = (over: Partial<MyUnit> = {}): MyUnit => ({ id: 3, name: '康巴什供电共建服务队', kind: 'cobuild', phone: '95598', scopeName: '达尔罕社区', categories: ['家政维修'], options: OPTIONS, ...over });

const tasks = (over: Partial<TasksResult> = {}): TasksResult => ({
  items: [],
  counts: { todo: 0, doing: 0, done: 0, pool: 0 },
  hasMore: false,
  units: [myUnit()],
  ...over,
});

const managed = (over: Partial<ManagedUnit> = {}): ManagedUnit => ({
  id: 3,
  name: '康巴什供电共建服务队',
  kind: 'cobuild',
  phone: '95598',
  scope: 'community',
  scopeName: '达尔罕社区',
  communityId: 1,
  categories: ['家政维修'],
  options: OPTIONS,
  active: true,
  members: [{ userId: 21, name: '郝建军', phoneMasked: '152****1104', communityName: '达尔罕社区', openTasks: 1 }],
  openTasks: 2,
  ...over,
});

const overview = (units: ManagedUnit[]): UnitsOverview => ({
  communityId: 1,
  communityName: '达尔罕社区',
  streetName: '哈巴格希街道',
  options: { community: OPTIONS, street: [...OPTIONS.slice(0, -1), '法律援助', '其他'] },
  units,
});

beforeEach(() => {
  resetTaroMock();
  session.reset();
  // Stores live at module level: each test opens its page as a fresh app would.
  myTasks.reset();
  myUnits.cancel();
  communityUnits.clear();
  unitForm.clear();
});

describe('我的任务: the units I serve in', () => {
  it('shows each unit with its categories, and saves a new choice (at least one); the answer redraws the pool', async () => {
    let declared = ['家政维修'];
    const api = fakeApi({
      'requests.tasks': () => tasks({ units: [myUnit({ categories: declared })] }),
      'units.setCategories': (p) => {
        declared = p.categories;
        return tasks({ units: [myUnit({ categories: declared })] });
      },
    });
    setRouterParams({ filter: 'pool' });
    const { container } = render(<TasksPage />);
    expect(await screen.findByText('服务：家政维修')).toBeTruthy();
    expect(screen.getByText('共建单位 · 达尔罕社区')).toBeTruthy();

    fireEvent.click(screen.getByText('修改'));
    fireEvent.click(container.querySelector('[data-chip="家政维修"]')!);
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(screen.getByText('请至少选择一个服务类别')).toBeTruthy();
    expect(api.actions()).not.toContain('units.setCategories');

    fireEvent.click(container.querySelector('[data-chip="邻里调解"]')!);
    fireEvent.click(container.querySelector('[data-chip="家政维修"]')!);
    const before = api.actions().filter((a) => a === 'requests.tasks').length;
    await act(async () => fireEvent.click(screen.getByText('保存')));
    await screen.findByText('服务：家政维修、邻里调解');
    // In the order the community lists them, whatever the order of the taps.
    expect(api.calls.find((c) => c.action === 'units.setCategories')!.payload).toEqual({ id: 3, categories: ['家政维修', '邻里调解'], filter: 'pool' });
    expect(feedback.toasts.at(-1)).toMatchObject({ title: '已保存', icon: 'success' });
    // One call for the tap: the answer is 我的任务 as it is after the change.
    expect(api.actions().filter((a) => a === 'requests.tasks')).toHaveLength(before);
  });

  it('shows the server’s refusal and keeps the editor open; 取消 closes it', async () => {
    fakeApi({
      'requests.tasks': () => tasks(),
      'units.setCategories': () => {
        throw { code: 'FORBIDDEN', message: '只有该单位成员或所在社区工作人员可以修改服务类别' };
      },
    });
    const { container } = render(<TasksPage />);
    fireEvent.click(await screen.findByText('修改'));
    fireEvent.click(container.querySelector('[data-chip="其他"]')!);
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(await screen.findByText('只有该单位成员或所在社区工作人员可以修改服务类别')).toBeTruthy();
    fireEvent.click(screen.getByText('取消'));
    expect(screen.getByText('服务：家政维修')).toBeTruthy();
  });
});

describe('处理单位 (workers)', () => {
  it('lists the community’s units, then the street’s, each opening its editor', async () => {
    fakeApi({
      'units.list': () =>
        overview([
          managed(),
          managed({ id: 4, name: '达尔罕社区第一网格', kind: 'grid', members: [], active: false, categories: ['环境卫生'] }),
          managed({ id: 1, name: '哈巴格希街道矛盾调解志愿服务队', kind: 'volunteer', scope: 'street', scopeName: '哈巴格希街道', communityId: null }),
        ]),
    });
    setRouterParams({ communityId: '1' });
    render(<UnitsPage />);
    expect(await screen.findByText('达尔罕社区的单位')).toBeTruthy();
    expect(screen.getByText('哈巴格希街道的单位（全街道共用）')).toBeTruthy();
    expect(screen.getByText('已停用')).toBeTruthy();
    expect(screen.getByText(/共建单位 · 1人：郝建军 · 在办2件/)).toBeTruthy();
    fireEvent.click(screen.getByText('达尔罕社区第一网格'));
    expect(feedback.navigations).toEqual(['/packages/requests/units/edit?communityId=1&id=4']);
    fireEvent.click(screen.getByText('新建处理单位'));
    expect(feedback.navigations.at(-1)).toBe('/packages/requests/units/edit?communityId=1');
  });

  it('says what to do when there is none', async () => {
    fakeApi({ 'units.list': () => overview([]) });
    setRouterParams({ communityId: '1' });
    render(<UnitsPage />);
    expect(await screen.findByText(/还没有处理单位/)).toBeTruthy();
  });

  it('creates a unit: a name is needed; the street scope offers the street’s categories; then opens it to add members', async () => {
    const api = fakeApi({
      'units.list': () => overview([]),
      'units.create': (p) => managed({ ...p, id: 9, scope: p.scope, communityId: null, members: [], openTasks: 0 }),
    });
    setRouterParams({ communityId: '1' });
    const { container } = render(<UnitEditPage />);
    const create = await screen.findByText('创建单位');
    await act(async () => fireEvent.click(create));
    expect(screen.getByText('请填写单位名称')).toBeTruthy();
    expect(api.actions()).not.toContain('units.create');

    fireEvent.change(screen.getByPlaceholderText('如：达尔罕社区助老志愿服务队'), { target: { value: '哈巴格希街道法律服务队' } });
    fireEvent.click(screen.getByText('共建单位'));
    expect(container.querySelector('[data-chip="法律援助"]')).toBeNull();
    fireEvent.click(screen.getByText('全街道（哈巴格希街道）'));
    fireEvent.click(container.querySelector('[data-chip="法律援助"]')!);
    fireEvent.click(container.querySelector('[data-chip="政策咨询"]')!);
    await act(async () => fireEvent.click(screen.getByText('创建单位')));
    await waitFor(() => expect(feedback.navigations).toEqual(['/packages/requests/units/edit?communityId=1&id=9']));
    const sent = api.calls.find((c) => c.action === 'units.create')!;
    expect(sent.payload).toEqual({ communityId: 1, scope: 'street', name: '哈巴格希街道法律服务队', kind: 'cobuild', categories: ['政策咨询', '法律援助'], phone: '' });
    expect(sent.requestId).toEqual(expect.any(String));
    expect(feedback.toasts.at(-1)).toMatchObject({ title: '已创建' });
  });

  it('edits a unit and shows the server’s refusal next to the form', async () => {
    const api = fakeApi({
      'units.list': () => overview([managed()]),
      'units.update': () => {
        throw { code: 'CONFLICT', message: '该单位还有1件待接单的暖心事，请先改派再停用' };
      },
    });
    setRouterParams({ communityId: '1', id: '3' });
    render(<UnitEditPage />);
    expect(await screen.findByDisplayValue('康巴什供电共建服务队')).toBeTruthy();
    expect(screen.getByText('本社区')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch'));
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(await screen.findByText('该单位还有1件待接单的暖心事，请先改派再停用')).toBeTruthy();
    expect(api.calls.find((c) => c.action === 'units.update')!.payload).toEqual({ id: 3, name: '康巴什供电共建服务队', kind: 'cobuild', categories: ['家政维修'], phone: '95598', active: false });
  });

  it('finds a resident by name and adds them; removes a member only after confirming', async () => {
    let unit = managed();
    const found: ResidentSummary[] = [
      { id: 30, name: '王小明', phoneMasked: '138****5001', address: '达尔罕小区1号楼', hasApp: true },
      { id: 21, name: '郝建军', phoneMasked: '152****1104', address: '', hasApp: true },
    ];
    const api = fakeApi({
      'units.list': () => overview([unit]),
      'people.residents': () => found,
      'units.addMember': (p) => (unit = managed({ members: [...unit.members, { userId: p.userId, name: '王小明', phoneMasked: '138****5001', communityName: '达尔罕社区', openTasks: 0 }] })),
      'units.removeMember': (p) => (unit = managed({ members: unit.members.filter((m) => m.userId !== p.userId) })),
    });
    setRouterParams({ communityId: '1', id: '3' });
    render(<UnitEditPage />);
    expect(await screen.findByText('成员（1人）')).toBeTruthy();
    expect(screen.getByText('152****1104 · 达尔罕社区 · 在办1件')).toBeTruthy();

    fireEvent.change(screen.getByPlaceholderText('输入居民姓名搜索'), { target: { value: ' 王 ' } });
    await act(async () => fireEvent.click(screen.getByText('搜索')));
    expect(api.calls.find((c) => c.action === 'people.residents')!.payload).toEqual({ communityId: 1, keyword: '王' });
    expect(screen.getByText('已是成员')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('添加')));
    expect(await screen.findByText('成员（2人）')).toBeTruthy();
    expect(api.calls.find((c) => c.action === 'units.addMember')!.payload).toEqual({ unitId: 3, userId: 30 });
    expect(feedback.toasts.at(-1)).toMatchObject({ title: '已添加' });

    feedback.nextModalConfirm = false;
    await act(async () => fireEvent.click(screen.getAllByText('移出')[1]));
    expect(feedback.modals.at(-1)?.title).toBe('移出「王小明」？');
    expect(api.actions()).not.toContain('units.removeMember');
    feedback.nextModalConfirm = true;
    await act(async () => fireEvent.click(screen.getAllByText('移出')[1]));
    expect(await screen.findByText('成员（1人）')).toBeTruthy();
    expect(api.calls.find((c) => c.action === 'units.removeMember')!.payload).toEqual({ unitId: 3, userId: 30 });
  });

  it('is reached from the 工作台 section of a worker', () => {
    render(<RequestsWorkbench summary={{ staff: [{ communityId: 1, communityName: '达尔罕社区', pending: 0, overdue: 0, review: 0, active: 0 }], handler: null }} />);
    fireEvent.click(screen.getByText('处理单位'));
    expect(feedback.navigations).toEqual(['/packages/requests/units/index?communityId=1']);
  });
});

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { GroupsPage as GroupsData, MyGroups, OccurrencePlan, SeriesView } from '../../../types';
import GroupBookPage from '../../../src/packages/venues/group-book/index';
import GroupsPage from '../../../src/packages/venues/groups/index';
import SeriesPage from '../../../src/packages/venues/series/index';
import { groupBook } from '../../../src/features/venues/stores/group-book';
import { groupsAdmin } from '../../../src/features/venues/stores/groups';
import { seriesOf } from '../../../src/features/venues/stores/series';
import { feedback, resetTaroMock, setRouterParams } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { StaffBookingRow } from '../../../src/features/venues/components/staff-booking-row';
import { staffBooking } from './fixtures';

const WEEKS = ['2026-09-17', '2026-09-24', '2026-10-01', '2026-10-08'];
const HOLIDAY = '10月1日 国庆节放假，按周末时间开放，19:00–20:00 不开放';

function series(over: Partial<SeriesView> = {}): SeriesView {
  return {
    id: 5,
    groupId: 2,
    groupName: '和事佬调解工作室',
    venueId: 7,
    venueName: '居民议事活动室',
    start: 1140,
    end: 1200,
    firstDate: '2026-09-17',
    lastDate: '2026-10-08',
    status: 'pending',
    purpose: '邻里纠纷调解',
    live: 3,
    headcount: 8,
    contactName: '李建国',
    contactPhoneMasked: '139****5678',
    reviewNote: '',
    skipped: [{ date: '2026-10-01', ok: false, reason: HOLIDAY }],
    occurrences: WEEKS.filter((d) => d !== '2026-10-01').map((date, i) => ({ bookingId: 40 + i, date, status: 'pending', startsAt: `${date}T11:00:00.000Z`, cancellable: true })),
    canReview: false,
    createdAt: '2026-09-16T02:00:00.000Z',
    ...over,
  };
}

const myGroups = (): MyGroups => ({ today: '2026-09-16', groups: [{ id: 2, name: '和事佬调解工作室', kind: 'org', weeklyMinutes: 120, rooms: [{ id: 7, name: '居民议事活动室' }], series: [] }] });

beforeEach(() => {
  resetTaroMock();
  groupBook.groups.clear();
  groupBook.preview = null;
  groupBook.firstDate = '';
  groupsAdmin.clear();
  groupsAdmin.close();
  seriesOf.clear();
});

describe('团体固定时段预约 (a group’s contact)', () => {
  it('shows which weeks cannot be had and why before sending, then sends one request for the rest', async () => {
    setRouterParams({ groupId: '2', venueId: '7' });
    const plans: OccurrencePlan[] = WEEKS.map((date) => (date === '2026-10-01' ? { date, ok: false, reason: HOLIDAY } : { date, ok: true }));
    const api = fakeApi({
      'groups.mine': myGroups,
      'series.preview': () => ({ groupName: '和事佬调解工作室', venueName: '居民议事活动室', occurrences: plans, bookable: 3, weeklyMinutes: 120 }),
      'series.create': () => series(),
    });
    render(<GroupBookPage />);
    expect(await screen.findByText('和事佬调解工作室')).toBeTruthy();
    expect(screen.getByText(/团体每周额度2小时，不占联系人个人的预约额度/)).toBeTruthy();
    expect(screen.getByText('9月17日 周四')).toBeTruthy();
    expect(screen.queryByText(/提交申请/)).toBeNull();

    await act(async () => fireEvent.click(screen.getByText('查看可预约情况')));
    expect(await screen.findByText(HOLIDAY)).toBeTruthy();
    expect(screen.getByText('居民议事活动室 每周四 · 可预约3/4周')).toBeTruthy();
    expect(screen.getAllByText('不可预约')).toHaveLength(1);
    expect(api.calls.find((c) => c.action === 'series.preview')!.payload).toEqual({ groupId: 2, venueId: 7, firstDate: '2026-09-17', weeks: 12, start: 1140, end: 1200 });

    fireEvent.change(screen.getByPlaceholderText('如：合唱排练'), { target: { value: '邻里纠纷调解' } });
    fireEvent.change(screen.getByPlaceholderText('每次到场人数'), { target: { value: '8' } });
    await act(async () => fireEvent.click(screen.getByText('提交申请（3次）')));
    await waitFor(() => expect(feedback.navigations).toEqual(['/packages/venues/series/index?id=5']));
    const create = api.calls.find((c) => c.action === 'series.create')!;
    expect(create.payload).toMatchObject({ groupId: 2, venueId: 7, purpose: '邻里纠纷调解', headcount: 8 });
    expect(create.requestId).toMatch(/^r/);
    expect(api.actions()).toEqual(['groups.mine', 'series.preview', 'series.create']);
    expect(seriesOf(5).data?.id).toBe(5);
  });

  it('says so when the caller is not the group’s contact', async () => {
    setRouterParams({ groupId: '9', venueId: '7' });
    fakeApi({ 'groups.mine': () => ({ today: '2026-09-16', groups: [] }) });
    render(<GroupBookPage />);
    expect(await screen.findByText('您不是这个团体的联系人，请联系社区工作人员登记')).toBeTruthy();
  });
});

describe('团体固定时段 (the series)', () => {
  it('a worker approves the series as a whole in one tap', async () => {
    setRouterParams({ id: '5' });
    const api = fakeApi({
      'series.get': () => series({ canReview: true }),
      'series.review': () => series({ canReview: true, status: 'confirmed', occurrences: series().occurrences.map((o) => ({ ...o, status: 'confirmed' })) }),
    });
    render(<SeriesPage />);
    expect(await screen.findByText('和事佬调解工作室')).toBeTruthy();
    expect(screen.getByText('居民议事活动室 · 每周四 19:00–20:00')).toBeTruthy();
    expect(screen.getByText(HOLIDAY)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('通过（3次）')));
    expect(await screen.findByText('已通过')).toBeTruthy();
    expect(screen.getAllByText('已预约')).toHaveLength(3);
    expect(api.actions()).toEqual(['series.get', 'series.review']);
    expect(api.calls[1].payload).toEqual({ seriesId: 5, decision: 'approve' });
  });

  it('the contact cancels one week after confirming', async () => {
    setRouterParams({ id: '5' });
    const api = fakeApi({
      'series.get': () => series({ status: 'confirmed' }),
      'series.cancel': () => series({ status: 'confirmed', live: 2, occurrences: series().occurrences.map((o, i) => ({ ...o, status: i === 1 ? 'cancelled' : 'confirmed', cancellable: i !== 1 })) }),
    });
    render(<SeriesPage />);
    await screen.findByText('和事佬调解工作室');
    feedback.nextModalConfirm = true;
    await act(async () => fireEvent.click(screen.getAllByText('取消本次')[1]));
    await waitFor(() => expect(screen.getByText('已取消')).toBeTruthy());
    expect(feedback.modals[0]).toMatchObject({ content: '确定取消9月24日 周四这一次吗？' });
    expect(api.calls[1].payload).toEqual({ seriesId: 5, bookingId: 41, scope: 'one' });
  });
});

describe('团体管理 (workers)', () => {
  it('registers a group with its contact, rooms and weekly quota; the answer is the list', async () => {
    const page: GroupsData = { communities: [{ id: 1, name: '达尔罕社区' }], rooms: [{ id: 7, name: '居民议事活动室', communityId: 1 }, { id: 8, name: '文体活动室', communityId: 1 }], groups: [] };
    const api = fakeApi({
      'groups.list': () => page,
      'groups.upsert': (p) => ({ ...page, groups: [{ id: 2, communityId: 1, name: p.name, kind: p.kind, contactName: '李建国', contactPhoneMasked: '139****5678', rooms: [{ id: 7, name: '居民议事活动室' }], weeklyMinutes: p.weeklyMinutes, active: true }] }),
    });
    render(<GroupsPage />);
    expect(await screen.findByText('还没有登记团体')).toBeTruthy();
    fireEvent.click(screen.getByText('登记团体'));
    fireEvent.change(screen.getByPlaceholderText('如：夕阳红合唱队'), { target: { value: '和事佬调解工作室' } });
    fireEvent.click(screen.getByText('社会组织'));
    fireEvent.change(screen.getByPlaceholderText('11位手机号'), { target: { value: '13900005678' } });
    fireEvent.click(screen.getByText('居民议事活动室'));
    fireEvent.click(screen.getByText('2小时'));
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(await screen.findByText('和事佬调解工作室')).toBeTruthy();
    expect(screen.getByText('社会组织 · 联系人 李建国 139****5678 · 每周2小时 · 居民议事活动室')).toBeTruthy();
    expect(api.calls[1].payload).toEqual({ communityId: 1, name: '和事佬调解工作室', kind: 'org', contactPhone: '13900005678', venueIds: [7], weeklyMinutes: 120, active: true });
    expect(api.actions()).toEqual(['groups.list', 'groups.upsert']);
  });

  it('shows a refusal under the field it concerns, and keeps what was typed', async () => {
    fakeApi({
      'groups.list': () => ({ communities: [{ id: 1, name: '达尔罕社区' }], rooms: [{ id: 7, name: '居民议事活动室', communityId: 1 }], groups: [] }),
      'groups.upsert': () => {
        throw { code: 'NOT_FOUND', message: '该社区没有用这个手机号登记的居民，请联系人先在「我的」中填写手机号', field: 'contactPhone' };
      },
    });
    render(<GroupsPage />);
    fireEvent.click(await screen.findByText('登记团体'));
    fireEvent.change(screen.getByPlaceholderText('如：夕阳红合唱队'), { target: { value: '书画社' } });
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(await screen.findByText('该社区没有用这个手机号登记的居民，请联系人先在「我的」中填写手机号')).toBeTruthy();
    expect((screen.getByPlaceholderText('如：夕阳红合唱队') as HTMLInputElement).value).toBe('书画社');
  });
});

describe('a week of a group’s series in a worker’s lists', () => {
  it('is reviewed with its series, not on its own', async () => {
    const onAction = jest.fn();
    render(<StaffBookingRow booking={staffBooking({ id: 41, status: 'pending', seriesId: 5, personName: '和事佬调解工作室' })} today='2026-11-25' onAction={onAction} />);
    expect(screen.getByText('团体固定')).toBeTruthy();
    expect(screen.queryByText('通过')).toBeNull();
    fireEvent.click(screen.getByText('在固定时段中整体审核 ›'));
    expect(feedback.navigations).toEqual(['/packages/venues/series/index?id=5']);
  });
});

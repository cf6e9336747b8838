import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Attendee, AttendeeList, Me } from '../../../types';
import AttendeesPage from '../../../src/packages/events/attendees/index';
import EventFormPage from '../../../src/packages/events/edit/index';
import { EventsWorkbench } from '../../../src/features/events/components/workbench';
import { eventAttendees } from '../../../src/features/events/stores/attendees';
import { session } from '../../../src/features/people/stores/session';
import { fakeApi } from '../fake-api';
import { card } from '../venues/fixtures';
import Taro, { feedback, resetTaroMock, setRouterParams } from '../mocks/taro';
import { detail, summary } from '../../support/events-views';

jest.mock('../../../src/api/upload', () => ({ uploadImage: jest.fn(async (path: string) => `local:${path.replace(/\W/g, '')}.jpg`) }));

const worker: Me = {
  id: 3,
  role: 'worker',
  name: '赵丽娜',
  phone: '15034771122',
  address: '',
  community: { id: 1, name: '达尔罕社区', streetId: 1, streetName: '哈巴格希街道', districtName: '康巴什区' },
  staffCommunities: [{ id: 1, name: '达尔罕社区', streetId: 1, streetName: '哈巴格希街道', districtName: '康巴什区' }],
  unreadMessages: 0,
};

const person = (signupId: number, name: string, change: Partial<Attendee> = {}): Attendee => ({
  signupId,
  userId: signupId + 100,
  name,
  phoneMasked: '138****1234',
  partySize: 1,
  status: 'confirmed',
  arrival: signupId,
  position: null,
  checkedInAt: null,
  signedUpAt: '2026-11-21T01:00:00.000Z',
  rating: null,
  ...change,
});

function attendeeList(change: Partial<AttendeeList> = {}): AttendeeList {
  return {
    event: summary({ status: 'open', seatsLeft: 27 }),
    today: '2026-11-25',
    checkinOpen: true,
    confirmed: [person(1, '刘桂芳'), person(2, '王秀兰', { partySize: 2 })],
    waitlist: [person(3, '李建国', { status: 'waitlisted', position: 1 })],
    checkedIn: { parties: 0, seats: 0 },
    rating: null,
    ...change,
  };
}

beforeEach(() => {
  resetTaroMock();
  eventAttendees.clear();
  session.reset();
});

describe('报名名单与签到', () => {
  it('checks a person in by name and shows them as checked in', async () => {
    let list = attendeeList();
    setRouterParams({ id: '1' });
    const api = fakeApi({
      'events.attendees': () => list,
      'events.checkIn': (p) => {
        list = { ...list, confirmed: list.confirmed.map((a) => (a.signupId === p.signupId ? { ...a, checkedInAt: '2026-11-25T06:55:00.000Z' } : a)), checkedIn: { parties: 1, seats: 2 } };
        return { signupId: p.signupId ?? 0, name: '王秀兰', partySize: 2, checkedInAt: '2026-11-25T06:55:00.000Z', already: false, attendees: list };
      },
    });
    const { container } = render(<AttendeesPage />);
    await screen.findByText('刘桂芳');
    fireEvent.change(screen.getByPlaceholderText('按姓名查找'), { target: { value: '秀兰' } });
    expect(screen.queryByText('刘桂芳')).toBeNull();
    const row = container.querySelector('[data-signup-id="2"]')!;
    await act(async () => fireEvent.click(row.querySelector('.nx-attendee__checkin')!));
    expect(api.calls.find((c) => c.action === 'events.checkIn')?.payload).toEqual({ eventId: 1, signupId: 2 });
    await waitFor(() => expect(feedback.toasts.map((t) => t.title)).toContain('王秀兰 签到成功（2人）'));
    expect(await screen.findByText('14:55 已签到')).toBeTruthy();
    expect(screen.getByText('1/2')).toBeTruthy();
    // The check-in answered with the list as it is now: one call for the tap.
    expect(api.actions().slice(api.actions().indexOf('events.checkIn'))).toEqual(['events.checkIn']);
  });

  it('shows the waitlist in order, and before the day no 签到 button', async () => {
    setRouterParams({ id: '1' });
    fakeApi({ 'events.attendees': () => attendeeList({ checkinOpen: false }) });
    const { container } = render(<AttendeesPage />);
    await screen.findByText('刘桂芳');
    expect(container.querySelector('.nx-attendee__checkin')).toBeNull();
    expect(screen.getByText('活动当天开放签到，活动结束后停止')).toBeTruthy();
    fireEvent.click(screen.getByText('候补 1'));
    expect(screen.getByText('候补第1位')).toBeTruthy();
  });

  it('removes someone only after choosing a reason and confirming', async () => {
    setRouterParams({ id: '1' });
    const list = attendeeList({ checkinOpen: false });
    const api = fakeApi({ 'events.attendees': () => list, 'events.removeSignup': () => ({ ...list, confirmed: list.confirmed.filter((a) => a.signupId !== 1) }) });
    const { container } = render(<AttendeesPage />);
    await screen.findByText('刘桂芳');
    feedback.nextActionSheetIndex = 0;
    feedback.nextModalConfirm = false;
    await act(async () => fireEvent.click(container.querySelector('[data-signup-id="1"] .nx-attendee__remove')!));
    expect(api.actions()).not.toContain('events.removeSignup');
    feedback.nextModalConfirm = true;
    await act(async () => fireEvent.click(container.querySelector('[data-signup-id="1"] .nx-attendee__remove')!));
    await waitFor(() => expect(api.calls.find((c) => c.action === 'events.removeSignup')?.payload).toEqual({ signupId: 1, reason: '重复报名' }));
    await waitFor(() => expect(container.querySelector('[data-signup-id="1"]')).toBeNull());
    expect(api.actions().filter((a) => a === 'events.attendees')).toHaveLength(1);
  });
});

describe('发布活动', () => {
  it('publishes a weekly event with Shanghai instants and keeps the request id', async () => {
    setRouterParams({ communityId: '1', date: '2026-11-26' });
    const api = fakeApi({ 'me.get': () => worker, 'events.create': () => ({ eventIds: [41, 42], seriesId: 7 }) });
    render(<EventFormPage />);
    fireEvent.change(await screen.findByPlaceholderText('如：重阳节敬老文艺汇演'), { target: { value: '老年合唱队排练' } });
    fireEvent.change(screen.getByPlaceholderText('如：党群服务中心二楼会议室'), { target: { value: '排练室' } });
    fireEvent.click(screen.getByText('文体'));
    fireEvent.click(screen.getByRole('switch'));
    fireEvent.click(screen.getByText('二'));
    await act(async () => fireEvent.click(screen.getByText('发布每周活动')));
    const call = api.calls.find((c) => c.action === 'events.create')!;
    expect(call.payload).toEqual({
      communityId: 1,
      title: '老年合唱队排练',
      category: 'culture',
      organizer: '达尔罕社区居委会',
      place: '排练室',
      venueId: null,
      description: '',
      cover: null,
      startsAt: '2026-11-26T19:00:00+08:00',
      endsAt: '2026-11-26T21:00:00+08:00',
      capacity: 30,
      partyLimit: 1,
      audience: 'community',
      signupClosesAt: '2026-11-26T11:00:00.000Z',
      cancelDeadline: '2026-11-26T09:00:00.000Z',
      recurrence: { weekdays: [2, 4], until: '2026-12-24' },
    });
    expect(call.requestId).toBeTruthy();
    await waitFor(() => expect(feedback.navigations).toEqual(['/packages/events/detail/index?id=41']));
  });

  it('holds a room of the community when one is chosen as the place', async () => {
    setRouterParams({ communityId: '1', date: '2026-11-28' });
    const room = card({ id: 5, name: '多功能厅', placeName: '达尔罕社区', communityId: 1, streetWide: false, active: true });
    const other = card({ ...room, id: 6, name: '别的社区活动室', communityId: 2 });
    const api = fakeApi({
      'me.get': () => worker,
      'venues.managed': () => [room, other],
      'events.create': () => ({ eventIds: [43], seriesId: null }),
    });
    render(<EventFormPage />);
    fireEvent.change(await screen.findByPlaceholderText('如：重阳节敬老文艺汇演'), { target: { value: '重阳节敬老文艺汇演' } });
    feedback.nextActionSheetIndex = 1;
    await act(async () => fireEvent.click(await screen.findByText('不使用预约场地')));
    expect(feedback.actionSheets[0]).toEqual(['不使用预约场地', '达尔罕社区 · 多功能厅']);
    await act(async () => fireEvent.click(screen.getByText('发布活动')));
    expect(api.calls.find((c) => c.action === 'events.create')?.payload).toMatchObject({ venueId: 5, place: '达尔罕社区多功能厅' });
  });

  it('shows the server’s refusal under the field it concerns', async () => {
    setRouterParams({ communityId: '1', date: '2026-11-26' });
    fakeApi({
      'me.get': () => worker,
      'events.create': () => {
        throw { code: 'INVALID_INPUT', message: '结束时间应晚于开始时间', field: 'endsAt' };
      },
    });
    const { container } = render(<EventFormPage />);
    fireEvent.change(await screen.findByPlaceholderText('如：重阳节敬老文艺汇演'), { target: { value: '社区议事会' } });
    await act(async () => fireEvent.click(screen.getByText('发布活动')));
    expect(await screen.findByText('结束时间应晚于开始时间')).toBeTruthy();
    expect(container.querySelector('.nx-form__error')?.previousElementSibling?.textContent).toContain('结束');
    expect(feedback.navigations).toEqual([]);
  });

  it('uploads the picked cover and publishes it with the event', async () => {
    setRouterParams({ communityId: '1', date: '2026-11-26' });
    (jest.spyOn(Taro, 'chooseImage') as jest.SpyInstance).mockImplementation(async () => ({ tempFilePaths: ['blob:cover1'] }));
    const api = fakeApi({ 'me.get': () => worker, 'events.create': () => ({ eventIds: [44], seriesId: null }) });
    render(<EventFormPage />);
    fireEvent.change(await screen.findByPlaceholderText('如：重阳节敬老文艺汇演'), { target: { value: '社区议事会' } });
    await act(async () => fireEvent.click(screen.getByText('上传封面（选填）')));
    expect(await screen.findByText('移除封面')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('发布活动')));
    expect(api.calls.find((c) => c.action === 'events.create')?.payload).toMatchObject({ title: '社区议事会', cover: 'local:blobcover1.jpg' });
  });

  it('leaves nothing behind when closed: the next 发布活动 opens blank', async () => {
    setRouterParams({ communityId: '1', date: '2026-11-26' });
    fakeApi({ 'me.get': () => worker });
    const first = render(<EventFormPage />);
    fireEvent.change(await screen.findByPlaceholderText('如：重阳节敬老文艺汇演'), { target: { value: '没有发布的草稿' } });
    first.unmount();
    render(<EventFormPage />);
    expect(((await screen.findByPlaceholderText('如：重阳节敬老文艺汇演')) as HTMLInputElement).value).toBe('');
  });

  it('edits an occurrence of a series after asking which ones', async () => {
    setRouterParams({ id: '5' });
    const api = fakeApi({ 'events.get': () => detail({ id: 5, seriesId: 2, title: '太极拳晨练' }), 'events.update': () => ({ eventIds: [5, 6] }) });
    render(<EventFormPage />);
    await screen.findByDisplayValue('太极拳晨练');
    feedback.nextActionSheetIndex = 1;
    await act(async () => fireEvent.click(screen.getByText('保存修改')));
    expect(feedback.actionSheets[0]).toEqual(['仅修改这一场', '修改这一场及以后各场']);
    expect(api.calls.find((c) => c.action === 'events.update')?.payload).toMatchObject({ id: 5, scope: 'future', startsAt: '2026-11-25T15:00:00+08:00', signupClosesAt: '2026-11-25T07:00:00.000Z' });
    expect(api.calls.find((c) => c.action === 'events.update')?.payload).not.toHaveProperty('signupOpensAt');
  });
});

describe('工作台 · 今日活动', () => {
  it('lists today’s events with check-in counts and links to their list', () => {
    const today = {
      today: '2026-11-25',
      events: [{ id: 1, title: '政策宣讲：养老保险与医保新政', startsAt: '2026-11-25T07:00:00.000Z', endsAt: '2026-11-25T08:30:00.000Z', place: '会议室', status: 'open' as const, communityName: '达尔罕社区', capacity: 30, seatsTaken: 4, parties: 4, checkedIn: 1, waiting: 0 }],
    };
    render(<EventsWorkbench today={today} />);
    expect(screen.getByText('签到 1/4')).toBeTruthy();
    fireEvent.click(screen.getByText('政策宣讲：养老保险与医保新政'));
    fireEvent.click(screen.getByText('发布活动'));
    expect(feedback.navigations).toEqual(['/packages/events/attendees/index?id=1', '/packages/events/edit/index?date=2026-11-26']);
  });
});

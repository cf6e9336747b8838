import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import EditVenuePage from '../../../src/packages/venues/edit/index';
import { session } from '../../../src/features/people/stores/session';
import { feedback, resetTaroMock, setRouterParams } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { detail, resident } from './fixtures';

const worker = { ...resident, role: 'worker' as const, name: '赵丽娜', staffCommunities: [resident.community!] };

beforeEach(() => {
  resetTaroMock();
  session.reset();
  setRouterParams({});
});

const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

describe('新建场地', () => {
  it('creates a room that opens 错时 by default, with rules in hours turned into minutes', async () => {
    const api = fakeApi({ 'me.get': () => worker, 'venues.upsert': (p: { name: string }) => detail({ id: 12, name: p.name }) });
    render(<EditVenuePage />);
    await screen.findByText('基本信息');
    expect(screen.getAllByText('18:00–21:00 ✕')).toHaveLength(5);
    expect(screen.getAllByText('09:00–21:00 ✕')).toHaveLength(2);
    type('如：文体活动室', '书画室');
    type('如：达尔罕小区居民活动服务站一层', '达尔罕小区居民活动服务站二层');
    type('最多可容纳多少人', '20');
    fireEvent.click(screen.getByText('投影'));
    fireEvent.click(screen.getAllByText('18:00–21:00 ✕')[0]); // Monday closed
    await act(async () => fireEvent.click(screen.getByText('保存')));

    const sent = api.calls.find((c) => c.action === 'venues.upsert')!.payload as Record<string, unknown>;
    expect(sent).toMatchObject({ communityId: 1, name: '书画室', capacity: 20, facilities: ['投影'], slotMinutes: 60, slotOffset: 0, active: true, streetWide: false });
    expect((sent.weekly as unknown[])[0]).toEqual([]);
    expect((sent.weekly as unknown[])[1]).toEqual([[1080, 1260]]);
    expect(sent.rules).toEqual({ requiresApproval: false, bookingWindowDays: 7, minNoticeMinutes: 120, maxSlotsPerBooking: 3, maxUpcomingPerResident: 2, maxMinutesPerWeek: 240, cancelDeadlineMinutes: 120, checkinWindowMinutes: 15 });
    await waitFor(() => expect(feedback.navigations).toEqual(['/packages/venues/edit/index?id=12']));
  });

  it('checks the form with the contract before sending, and shows the server’s word on the hours', async () => {
    const api = fakeApi({
      'me.get': () => worker,
      'venues.upsert': () => {
        throw { code: 'INVALID_INPUT', message: '周一 17:30–21:00 与1小时的时段不对齐，可改为 17:30–20:30', field: 'weekly.0' };
      },
    });
    render(<EditVenuePage />);
    await screen.findByText('基本信息');
    type('如：文体活动室', '室');
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(screen.getByText('场地名称至少2个字')).toBeTruthy();
    expect(api.actions()).not.toContain('venues.upsert');

    type('如：文体活动室', '议事室');
    type('如：达尔罕小区居民活动服务站一层', '7号楼一层');
    type('最多可容纳多少人', '15');
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(await screen.findByText('周一 17:30–21:00 与1小时的时段不对齐，可改为 17:30–20:30')).toBeTruthy();
  });
});

import { act, fireEvent, render, screen } from '@testing-library/react';
import { myEvents } from '../../../src/features/events/stores/my-events';
import MinePage from '../../../src/packages/events/mine/index';
import { fakeApi } from '../fake-api';
import { feedback, resetTaroMock } from '../mocks/taro';
import { summary } from '../../support/events-views';

beforeEach(() => {
  resetTaroMock();
  myEvents.reset();
});

describe('我的活动', () => {
  it('shows upcoming sign-ups with their status, and the history with what is left to do', async () => {
    fakeApi({
      'events.mine': () => ({
        today: '2026-11-25',
        upcoming: [
          { event: summary({ id: 1, mine: 'confirmed' }), signup: { id: 11, status: 'confirmed', partySize: 1, position: null, checkedIn: false, rated: false }, reason: null },
          { event: summary({ id: 2, title: '党建沙龙', status: 'full', mine: 'waitlisted' }), signup: { id: 12, status: 'waitlisted', partySize: 1, position: 2, checkedIn: false, rated: false }, reason: null },
        ],
        history: [
          { event: summary({ id: 3, title: '非遗剪纸体验课', status: 'ended', startsAt: '2026-11-23T06:30:00.000Z' }), signup: { id: 13, status: 'confirmed', partySize: 1, position: null, checkedIn: true, rated: false }, reason: null },
        ],
      }),
    });
    render(<MinePage />);
    expect(await screen.findByText('已报名')).toBeTruthy();
    expect(screen.getByText('候补第2位')).toBeTruthy();
    expect(screen.getAllByText('11月25日 周三（今天）')).toHaveLength(2);
    await act(async () => fireEvent.click(screen.getByText('历史记录')));
    expect(screen.getByText('非遗剪纸体验课')).toBeTruthy();
    expect(screen.getByText('已签到')).toBeTruthy();
    expect(screen.getByText('待评价')).toBeTruthy();
    fireEvent.click(screen.getByText('非遗剪纸体验课'));
    expect(feedback.navigations).toEqual(['/packages/events/detail/index?id=3']);
  });

  it('keeps an event the community cancelled under 即将开始, with the reason', async () => {
    fakeApi({
      'events.mine': () => ({
        today: '2026-11-25',
        upcoming: [
          { event: summary({ id: 4, title: '改期的讲座', status: 'cancelled', mine: 'confirmed' }), signup: { id: 14, status: 'confirmed', partySize: 1, position: null, checkedIn: false, rated: false }, reason: '讲师临时有事' },
        ],
        history: [],
      }),
    });
    render(<MinePage />);
    expect(await screen.findByText('取消原因：讲师临时有事')).toBeTruthy();
    expect(screen.getByText('即将开始')).toBeTruthy();
  });

  it('says where to find events when there are none', async () => {
    fakeApi({ 'events.mine': () => ({ today: '2026-11-25', upcoming: [], history: [] }) });
    render(<MinePage />);
    expect(await screen.findByText('还没有报名的活动，去活动日历看看')).toBeTruthy();
    fireEvent.click(screen.getByText('去活动日历'));
    expect(feedback.navigations).toEqual(['/pages/calendar/index']);
  });
});

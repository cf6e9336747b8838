import { act, fireEvent, render, screen } from '@testing-library/react';
import MessagesPage from '../../../src/packages/messages/index';
import { messages } from '../../../src/features/messages/stores/messages';
import { feedback, resetTaroMock } from '../mocks/taro';
import { fakeApi } from '../fake-api';

const item = (id: number, read: boolean) => ({
  id,
  kind: 'event.promoted',
  title: `候补成功 ${id}`,
  body: '您已从候补转为正式报名',
  page: `/packages/events/detail/index?id=${id}`,
  createdAt: '2026-11-25T02:00:00.000Z',
  read,
});

beforeEach(() => {
  resetTaroMock();
  messages.clear();
});

describe('消息通知', () => {
  it('shows unread messages, and opening one marks it read and goes to its page', async () => {
    const api = fakeApi({
      'messages.list': () => ({ items: [item(2, false), item(1, true)], unread: 1, nextBeforeId: null }),
      'messages.read': () => ({ unread: 0 }),
    });
    render(<MessagesPage />);
    expect(await screen.findByText('1 条未读')).toBeTruthy();
    expect(screen.getAllByText('11月25日 10:00')).toHaveLength(2);
    await act(async () => fireEvent.click(screen.getByText('候补成功 2')));
    expect(api.calls.find((c) => c.action === 'messages.read')?.payload).toEqual({ ids: [2] });
    expect(feedback.navigations).toEqual(['/packages/events/detail/index?id=2']);
    expect(screen.queryByText('1 条未读')).toBeNull();
  });

  it('says what to do when there is nothing yet', async () => {
    fakeApi({ 'messages.list': () => ({ items: [], unread: 0, nextBeforeId: null }) });
    render(<MessagesPage />);
    expect(await screen.findByText(/暂无消息/)).toBeTruthy();
  });
});

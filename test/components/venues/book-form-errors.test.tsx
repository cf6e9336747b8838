import { act, fireEvent, render, screen } from '@testing-library/react';
import BookPage from '../../../src/packages/venues/book/index';
import { session } from '../../../src/features/people/stores/session';
import { resetTaroMock, setRouterParams } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { resident, venuePageOf } from './fixtures';

beforeEach(() => {
  resetTaroMock();
  session.reset();
  setRouterParams({ venueId: '7', date: '2026-11-26', start: '1080', end: '1200', mode: 'resident' });
});

describe('填写预约: what the form says about a field', () => {
  it('names a field left empty in Chinese (人数, never headcount) and sends nothing', async () => {
    const api = fakeApi({
      'me.get': () => resident,
      'venues.page': () => venuePageOf(),
    });
    render(<BookPage />);
    await screen.findByText('11月26日 周四（明天） 18:00–20:00');
    fireEvent.change(screen.getByPlaceholderText('如：合唱团排练、楼栋议事会'), { target: { value: '老年合唱团排练' } });
    await act(async () => fireEvent.click(screen.getByText('提交预约')));
    expect(screen.getByText('缺少必填项：人数')).toBeTruthy();
    expect(api.actions()).not.toContain('bookings.create');
  });
});

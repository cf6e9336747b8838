import { act, fireEvent, render, screen } from '@testing-library/react';
import VenuesPage from '../../../src/pages/venues/index';
import { venueList } from '../../../src/features/venues/stores/venue-list';
import { feedback, resetTaroMock } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { card } from './fixtures';

beforeEach(() => {
  resetTaroMock();
  venueList.clear();
});

const list = (over = {}) => ({ today: '2026-11-25', hasCommunity: true, suspension: null, venues: [card(), card({ id: 7, name: '党群服务中心多功能厅', kind: 'center', streetWide: true, placeName: '哈巴格希街道', capacity: 120, requiresApproval: true, facilities: ['投影'], nextFree: null })], ...over });

describe('场地预约 tab', () => {
  it('lists the community’s rooms, then the street’s centre, with capacity, facilities, hours and when they are next free', async () => {
    fakeApi({ 'venues.list': () => list() });
    const { container } = render(<VenuesPage />);
    expect(await screen.findByText('本社区场地')).toBeTruthy();
    expect(screen.getByText('街道党群服务中心')).toBeTruthy();
    expect(screen.getByText('可容纳40人')).toBeTruthy();
    expect(screen.getByText('钢琴')).toBeTruthy();
    const hours = Array.from(container.querySelectorAll('.nx-hours-summary')).map((el) => el.textContent?.replace(/\u00a0/g, ' '));
    expect(hours).toEqual(['工作日 17:30–21:30 · 周末 08:30–21:30', '工作日 17:30–21:30 · 周末 08:30–21:30']);
    expect(screen.getByText('最近可约 今天 18:30')).toBeTruthy();
    expect(screen.getByText('近期时段已约满')).toBeTruthy();
    expect(screen.getAllByText('需审核')).toHaveLength(1);
    expect(screen.getByText('站')).toBeTruthy(); // the placeholder banner of a 居民活动服务站 without photos
    fireEvent.click(screen.getByText('党群服务中心多功能厅'));
    expect(feedback.navigations).toEqual(['/packages/venues/detail/index?id=7']);
  });

  it('tells a suspended resident why and until when', async () => {
    fakeApi({ 'venues.list': () => list({ suspension: { until: '2026-12-27T10:20:00.000Z', reason: '30天内3次预约未按时签到' } }) });
    render(<VenuesPage />);
    expect(await screen.findByText('场地预约已暂停至12月27日 周日')).toBeTruthy();
    expect(screen.getByText('原因：30天内3次预约未按时签到。暂停期间可以查看场地，已有预约不受影响。')).toBeTruthy();
  });

  it('sends a resident without a community to bind one', async () => {
    fakeApi({ 'venues.list': () => list({ hasCommunity: false, venues: [] }) });
    render(<VenuesPage />);
    fireEvent.click(await screen.findByText('去选择社区'));
    expect(feedback.navigations).toEqual(['/pages/me/index']);
  });

  it('offers 重试 when loading fails', async () => {
    let fail = true;
    fakeApi({
      'venues.list': () => {
        if (fail) throw { code: 'NETWORK', message: '网络不给力，请检查网络后重试' };
        return list();
      },
    });
    render(<VenuesPage />);
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy();
    fail = false;
    await act(async () => fireEvent.click(screen.getByText('重试')));
    expect(await screen.findByText('文体活动室')).toBeTruthy();
  });
});

import type { CalendarDay, EventDetail, EventSummary, MonthView } from '../../types';

/** Client-side data builders for the events components: November 2026, today the 25th (a Wednesday). */

export function summary(change: Partial<EventSummary> = {}): EventSummary {
  return {
    id: 1,
    title: '政策宣讲：养老保险与医保新政',
    category: 'lecture',
    communityId: 1,
    communityName: '达尔罕社区',
    audience: 'community',
    startsAt: '2026-11-25T07:00:00.000Z',
    endsAt: '2026-11-25T08:30:00.000Z',
    place: '党群服务中心二楼会议室',
    status: 'open',
    capacity: 30,
    seatsLeft: 26,
    waiting: 0,
    partyLimit: 1,
    seriesId: null,
    mine: null,
    ...change,
  };
}

function novemberDays(counts: Record<string, number>): CalendarDay[] {
  return Array.from({ length: 30 }, (_, i) => {
    const date = `2026-11-${String(i + 1).padStart(2, '0')}`;
    return { date, lunar: i === 8 ? '寒衣节' : `初${i + 1}`, festival: i === 8 ? '寒衣节' : null, holiday: null, rest: false, workday: false, count: counts[date] ?? 0 };
  });
}

export function monthView(events: EventSummary[] = defaultEvents()): MonthView {
  const counts: Record<string, number> = {};
  for (const e of events) {
    const d = new Date(Date.parse(e.startsAt) + 8 * 3_600_000).toISOString().slice(0, 10);
    counts[d] = (counts[d] ?? 0) + 1;
  }
  return { month: '2026-11', today: '2026-11-25', community: { id: 1, name: '达尔罕社区', streetName: '哈巴格希街道' }, days: novemberDays(counts), events, notice: null };
}

export function defaultEvents(): EventSummary[] {
  return [
    summary(),
    summary({ id: 2, title: '“红色领航 共建同行”党建沙龙', category: 'party', startsAt: '2026-11-27T06:30:00.000Z', endsAt: '2026-11-27T08:30:00.000Z', status: 'full', seatsLeft: 0, waiting: 3, communityId: 2, communityName: '兴旺社区', audience: 'street' }),
    summary({ id: 3, title: '“快乐与安全”亲子现场教学', category: 'family', startsAt: '2026-11-30T01:30:00.000Z', endsAt: '2026-11-30T03:30:00.000Z', partyLimit: 2 }),
  ];
}

export function detail(change: Partial<EventDetail> = {}): EventDetail {
  return {
    ...summary(),
    description: '社区政策宣讲队讲解养老保险与医保的新变化。',
    organizer: '达尔罕社区党委',
    cover: null,
    venueId: null,
    streetName: '哈巴格希街道',
    signupOpensAt: '2026-11-20T01:00:00.000Z',
    signupClosesAt: '2026-11-25T07:00:00.000Z',
    cancelDeadline: '2026-11-25T05:00:00.000Z',
    cancelReason: null,
    today: '2026-11-25',
    canManage: false,
    my: null,
    actions: { signUp: true, joinWaitlist: false, cancel: false, rate: false, hint: null },
    rating: null,
    ...change,
  };
}

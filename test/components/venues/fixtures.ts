import type { BookingAllowance, BookingView, Me, Slot, SlotDay, StaffBookingView, VenueCard, VenueDetail, VenuePage } from '../../../types';

export const resident: Me = {
  id: 1,
  role: 'resident',
  name: '王秀兰',
  phone: '13847701234',
  address: '达尔罕小区3号楼',
  community: { id: 1, name: '达尔罕社区', streetId: 1, streetName: '哈巴格希街道', districtName: '康巴什区' },
  staffCommunities: [],
  unreadMessages: 0,
};

export function card(over: Partial<VenueCard> = {}): VenueCard {
  return {
    id: 2,
    name: '文体活动室',
    kind: 'station',
    streetWide: false,
    communityId: 1,
    placeName: '达尔罕社区',
    address: '达尔罕小区居民活动服务站一层',
    capacity: 40,
    facilities: ['钢琴', '音响'],
    photos: [],
    hoursSummary: '工作日 17:30–21:30 · 周末 08:30–21:30',
    requiresApproval: false,
    active: true,
    nextFree: { date: '2026-11-25', start: 1110, end: 1170 },
    ...over,
  };
}

export function detail(over: Partial<VenueDetail> = {}): VenueDetail {
  return {
    ...card({ id: 7, name: '党群服务中心多功能厅', kind: 'center', streetWide: true, placeName: '哈巴格希街道', capacity: 120, requiresApproval: true }),
    description: '街道党群服务中心的多功能厅',
    weekly: [],
    slotMinutes: 60,
    slotOffset: 0,
    rules: { requiresApproval: true, bookingWindowDays: 3, minNoticeMinutes: 120, maxSlotsPerBooking: 2, maxUpcomingPerResident: 2, maxMinutesPerWeek: 240, cancelDeadlineMinutes: 120, checkinWindowMinutes: 15 },
    rulesSummary: '可提前3天预约 · 需提前2小时 · 每次最多2个时段（每段1小时）',
    specialDates: [],
    canManage: false,
    window: { first: '2026-11-25', last: '2026-11-27' },
    ...over,
  };
}

const slot = (hour: number, state: Slot['state'], note?: string): Slot => ({ start: hour * 60, end: hour * 60 + 60, state, ...(note && { note }) });

/** Wednesday (today, evening only), Thursday (a reserved evening), Friday closed for maintenance. */
export function days(): SlotDay[] {
  return [
    { date: '2026-11-25', dayType: 'workday', hoursNote: '', freeCount: 2, slots: [slot(18, 'expired', '需提前2小时预约'), slot(19, 'free'), slot(20, 'free')] },
    {
      date: '2026-11-26',
      dayType: 'workday',
      hoursNote: '',
      freeCount: 1,
      slots: [slot(18, 'free'), slot(19, 'reserved', '主题党日'), slot(20, 'full', '已被其他居民预约'), { ...slot(21, 'pending', '您的预约正在审核'), mine: true }],
    },
    { date: '2026-11-27', dayType: 'holiday', dayName: '国庆节', hoursNote: '', closedReason: '闭馆：设备检修', freeCount: 0, slots: [] },
  ];
}

export function booking(over: Partial<BookingView> = {}): BookingView {
  return {
    id: 31,
    venueId: 2,
    venueName: '文体活动室',
    venueAddress: '达尔罕小区居民活动服务站一层',
    date: '2026-11-25',
    start: 1170,
    end: 1230,
    startsAt: '2026-11-25T11:30:00.000Z',
    endsAt: '2026-11-25T12:30:00.000Z',
    status: 'confirmed',
    purpose: '广场舞队排练',
    headcount: 16,
    contactName: '王秀兰',
    contactPhone: '13847701234',
    reviewNote: '',
    cancelUntil: '2026-11-25T09:30:00.000Z',
    checkinCode: 'NX1.b.31.abcdefghijkl',
    checkinFrom: '2026-11-25T11:15:00.000Z',
    checkinUntil: '2026-11-25T11:45:00.000Z',
    createdAt: '2026-11-24T02:00:00.000Z',
    ...over,
  };
}

export function staffBooking(over: Partial<StaffBookingView> = {}): StaffBookingView {
  return {
    id: 41,
    kind: 'booking',
    venueId: 7,
    venueName: '党群服务中心多功能厅',
    date: '2026-11-28',
    start: 840,
    end: 960,
    startsAt: '2026-11-28T06:00:00.000Z',
    status: 'pending',
    personName: '王秀兰',
    phoneMasked: '138****1234',
    onBehalf: false,
    purpose: '老年合唱团汇报演出',
    headcount: 60,
    reason: '',
    reviewNote: '',
    checkedInAt: null,
    releasedFrom: null,
    createdAt: '2026-11-24T02:00:00.000Z',
    ...over,
  };
}

/** What a resident may still book: nothing used yet this week (Wednesday 2026-11-25), none upcoming. */
export function allowance(over: Partial<BookingAllowance> = {}): BookingAllowance {
  return { weeks: [{ first: '2026-11-23', last: '2026-11-29', usedMinutes: 0, minutesLeft: 240 }], maxMinutesPerWeek: 240, upcoming: 0, maxUpcoming: 2, ...over };
}

/** venues.page: the room, its three days of slots, and the caller's allowance. */
export function venuePageOf(over: Partial<VenueDetail> = {}, allow: Partial<BookingAllowance> = {}): VenuePage {
  const venue = detail(over);
  return { venue, slots: { venueId: venue.id, today: '2026-11-25', slotMinutes: 60, maxSlotsPerBooking: 2, days: days() }, allowance: allowance(allow), groups: [] };
}

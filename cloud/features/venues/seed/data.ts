import { DEFAULT_VENUE_RULES, type ActionParsed, type Interval } from '../../../../types';

/** The demo venues: the rooms of 达尔罕社区 and its street (./seed.ts inserts them and books some of their slots). */

type VenueInput = Omit<ActionParsed<'venues.upsert'>, 'communityId'>;
export const h = (hour: number, minute = 0) => hour * 60 + minute;
const week = (weekday: Interval[], weekend: Interval[]) => [weekday, weekday, weekday, weekday, weekday, weekend, weekend];
const RULES = DEFAULT_VENUE_RULES;

/**
 * The "1+N" layout of the Ordos report around 达尔罕社区: the street's 党群服务中心 (shared by every community of
 * 哈巴格希街道, booked with approval), a 居民活动服务站 in the high-occupancy compound with two rooms staggered against
 * each other (one on the half hour, one on the hour), and a 居民议事活动室 for the single-building area — all open
 * 错时: weekday evenings and weekends, when the offices are closed.
 */
export const VENUES: VenueInput[] = [
  {
    name: '党群服务中心多功能厅',
    kind: 'center',
    streetWide: true,
    address: '哈巴格希街道党群服务中心二楼',
    description: '街道党群服务中心的多功能厅，面向辖区各社区党组织和居民群众开放，可承办宣讲、文艺排练、议事协商等活动。需社区审核。',
    capacity: 120,
    facilities: ['投影', '音响', '话筒', 'LED屏', '舞台'],
    photos: [],
    weekly: week([[h(18), h(21)]], [[h(9), h(12)], [h(14), h(21)]]),
    slotMinutes: 60,
    slotOffset: 0,
    rules: { ...RULES, requiresApproval: true, bookingWindowDays: 14, maxSlotsPerBooking: 3 },
    active: true,
  },
  {
    name: '文体活动室',
    kind: 'station',
    streetWide: false,
    address: '达尔罕小区居民活动服务站一层',
    description: '小区居民活动服务站的文体活动室，适合合唱、舞蹈、器乐排练。工作日晚间与周末全天错时开放。',
    capacity: 40,
    facilities: ['钢琴', '音响', '镜面墙', '空调'],
    photos: [],
    weekly: week([[h(17, 30), h(21, 30)]], [[h(8, 30), h(21, 30)]]),
    slotMinutes: 60,
    slotOffset: 30,
    rules: { ...RULES, maxSlotsPerBooking: 2 },
    active: true,
  },
  {
    name: '书画棋牌室',
    kind: 'station',
    streetWide: false,
    address: '达尔罕小区居民活动服务站二层',
    description: '书法、绘画、象棋、围棋兴趣小组的活动场所，与文体活动室错开半小时开放。',
    capacity: 20,
    facilities: ['书画桌', '棋牌桌', '茶水'],
    photos: [],
    weekly: week([[h(18), h(21)]], [[h(9), h(21)]]),
    slotMinutes: 60,
    slotOffset: 0,
    rules: RULES,
    active: true,
  },
  {
    name: '居民议事活动室',
    kind: 'room',
    streetWide: false,
    address: '达尔罕社区7号单体楼一层',
    description: '单体楼集中片区的居民议事活动室，用于楼栋议事、调解和小型学习会。',
    capacity: 15,
    facilities: ['投影', '白板', '茶水'],
    photos: [],
    weekly: week([[h(19), h(21)]], [[h(9), h(12)], [h(14), h(17)]]),
    slotMinutes: 30,
    slotOffset: 0,
    rules: { ...RULES, maxSlotsPerBooking: 4 },
    active: true,
  },
];

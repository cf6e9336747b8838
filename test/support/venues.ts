import { DEFAULT_VENUE_RULES, type ActionInput, type VenueDetail } from '../../types';
import { createTestApp, type TestApp } from './api-app';

type VenueInput = ActionInput<'venues.upsert'>;

export const hm = (h: number, m = 0) => h * 60 + m;

/** A room of 达尔罕社区 open 错时: weekday evenings 18:00–21:00, weekends 09:00–21:00, in 60-minute slots. */
export function roomInput(communityId: number, over: Omit<Partial<VenueInput>, 'rules'> & { rules?: Partial<VenueInput['rules']> } = {}): VenueInput {
  const evening: [number, number][] = [[hm(18), hm(21)]];
  const allDay: [number, number][] = [[hm(9), hm(21)]];
  return {
    communityId,
    streetWide: false,
    name: '文体活动室',
    kind: 'station',
    address: '达尔罕小区居民活动服务站一层',
    description: '',
    capacity: 40,
    facilities: ['钢琴', '音响'],
    photos: [],
    weekly: [evening, evening, evening, evening, evening, allDay, allDay],
    slotMinutes: 60,
    slotOffset: 0,
    active: true,
    ...over,
    rules: { ...DEFAULT_VENUE_RULES, ...over.rules },
  };
}


export async function staffCommunityId(app: TestApp): Promise<number> {
  return (await app.ok('demo-staff', 'me.get', {})).staffCommunities[0].id;
}

export async function createRoom(app: TestApp, over: Parameters<typeof roomInput>[1] = {}): Promise<VenueDetail> {
  return app.ok('demo-staff', 'venues.upsert', roomInput(await staffCommunityId(app), over));
}

/** Residents of a community, registered and bound, with names and phones. */
export async function residents(app: TestApp, prefix: string, count: number, communityId: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  for (const [i, openid] of ids.entries()) {
    await app.ok(openid, 'me.update', { name: `居民${i}`, phone: `139${String(i).padStart(8, '0')}`, communityId });
  }
  return ids;
}

let rid = 0;
export const requestId = (tag = 'r') => `${tag}-${process.pid}-${++rid}-${Date.now().toString(36)}`;

export function bookingInput(venueId: number, date: string, start: number, end: number, over: Partial<ActionInput<'bookings.create'>> = {}): ActionInput<'bookings.create'> {
  return { venueId, date, start, end, purpose: '合唱团排练', headcount: 12, contactName: '王秀兰', contactPhone: '13847701234', ...over };
}

/** All of a resident's bookings, newest start first (bookings.mine splits them into upcoming and past). */
export async function bookingsOf(app: TestApp, openid: string) {
  const res = await app.ok(openid, 'bookings.mine', {});
  return [...res.upcoming, ...res.history].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}

export interface VenueSuite {
  app: TestApp;
  room: VenueDetail;
  communityId: number;
}

/**
 * One app on a fresh database of the dialect and one room of 达尔罕社区, built once for a describe block and closed
 * after it. The fields are filled in beforeAll: read them inside tests and hooks.
 */
export function venueSuite(dialect: 'sqlite' | 'mysql', room: Parameters<typeof roomInput>[1] = {}): VenueSuite {
  const suite = {} as VenueSuite;
  beforeAll(async () => {
    suite.app = await createTestApp(dialect);
    suite.communityId = await staffCommunityId(suite.app);
    suite.room = await createRoom(suite.app, room);
  });
  afterAll(() => suite.app.close());
  return suite;
}

/** A resident group of 达尔罕社区 with demo-resident (王秀兰, 13847701234) as its contact. */
export function groupInput(communityId: number, venueIds: number[], over: Partial<ActionInput<'groups.upsert'>> = {}): ActionInput<'groups.upsert'> {
  return { communityId, name: '夕阳红合唱队', kind: 'team', contactPhone: '13847701234', venueIds, weeklyMinutes: 240, active: true, ...over };
}

/** Registers a group as demo-staff and returns its id (the newest of the page's groups by that name). */
export async function registerGroup(app: TestApp, communityId: number, venueIds: number[], over: Partial<ActionInput<'groups.upsert'>> = {}): Promise<number> {
  const input = groupInput(communityId, venueIds, over);
  const page = await app.ok('demo-staff', 'groups.upsert', input);
  return Math.max(...page.groups.filter((g) => g.name === input.name).map((g) => g.id));
}

export function seriesInput(groupId: number, venueId: number, firstDate: string, start: number, end: number, over: Partial<ActionInput<'series.create'>> = {}): ActionInput<'series.create'> {
  return { groupId, venueId, firstDate, weeks: 12, start, end, purpose: '合唱排练', headcount: 20, ...over };
}

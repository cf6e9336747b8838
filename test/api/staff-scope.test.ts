import { actions, DEFAULT_CATEGORIES, type ActionInput, type ActionName, type ActionResult, type Envelope, type ErrorCode } from '../../types';
import { createTestApp, snapshot, type TestApp } from '../support/api-app';
import { dialectsUnderTest } from '../support/databases';
import { eventInput, rid } from '../support/events-fixtures';
import { roomInput } from '../support/venues';

/**
 * DESIGN.md "Trust boundaries": a staff action that names a person, room, event or request checks it is within the
 * worker's communities. One row per action of the contract, so that a new action does not compile without one:
 *
 * - `refuses`: payloads that name records of 达尔罕社区 (the demo community). A worker of 南苑社区 (another district,
 *   another street: nothing there is shared with 达尔罕社区) is refused — FORBIDDEN or NOT_FOUND — with nothing written
 *   and nobody named in the refusal; the same payload from demo-staff, who serves 达尔罕社区, goes through (or meets
 *   the rule named in the row, never FORBIDDEN), so the refusal is about scope and not a broken payload.
 *   `own` is the caller's own records: a payload may pair the caller's own room, event, unit or request with a record
 *   of 达尔罕社区, so that a check on the first field alone does not pass for a check of the whole payload.
 * - `lists`: the action names nothing scoped (it lists the caller's own communities or units); the outsider's answer
 *   holds nothing of 达尔罕社区, and demo-staff's does, so the assertion is not empty.
 * - `resident`: an action residents take too, where a worker acts as a resident of their own community (its rules are
 *   the residents' and are tested with them).
 * - `adminOnly`: no worker reaches it (the router refuses by role).
 *
 * The roles are not in the contract's type (`readonly Role[]`), so the first test checks at run time that every action
 * a worker may call and a resident may not has a `refuses` or `lists` row.
 */

jest.setTimeout(120_000);

const DAR = '达尔罕社区';
const NANYUAN = '南苑社区';
const OUTSIDER = 'scope-outsider-worker';
const NANYUAN_RESIDENT = 'scope-nanyuan-resident';
const INSIDER = 'demo-staff';

type EventEdit = Omit<ActionInput<'events.update'>, 'id' | 'scope'>;
interface UnitFields {
  id: number;
  name: string;
  kind: ActionInput<'units.update'>['kind'];
  categories: string[];
  phone: string;
}

/** The caller's own records: a worker of 南苑社区 has theirs, demo-staff theirs in 达尔罕社区. */
interface Own {
  communityId: number;
  venueId: number;
  eventId: number;
  event: EventEdit;
  unitId: number;
  requestId: number;
}

/** Records of 达尔罕社区, looked up in the demo database (and a few made for demo-staff's side in beforeAll). */
interface Fixture {
  dar: number;
  users: { resident2: number; neighbour1: number; neighbour2: number; demoHandler: number; powerMember: number; staff: number };
  events: { today: number; todaySignup: number; gala: number; galaSignup: number; council: number; councilEdit: EventEdit; sports: number };
  venues: { hall: number; room: number; study: number; meeting: number };
  bookings: { pending: number; confirmed: number; tonight: number };
  groups: { choir: number; residentPhone: string };
  series: { choir: number; choirWeek: number };
  requests: {
    pooled: number;
    dispatched: number;
    pending: number;
    pendingOther: number;
    reviewing: number;
    dispatchedToTeam: number;
    acceptedByStaff: number;
    /** Filed by demo-staff for a hotline caller without the app, and completed: 电话回访 is due. */
    phoneRating: number;
  };
  units: { street: UnitFields; team: UnitFields; power: UnitFields; grid: number };
  /** Text that belongs to 达尔罕社区: its name, its street, its people, events, rooms and units. */
  markers: string[];
  /** Names of its people: no refusal may carry one. */
  people: string[];
}

type Payload<A extends ActionName> = (f: Fixture, own: Own) => ActionInput<A>;
interface Case<A extends ActionName> {
  /** What of 达尔罕社区 the payload names. */
  names: string;
  payload: Payload<A>;
  /** demo-staff's outcome: through, or refused by a rule of the action that is not scope (the row says which). */
  insider?: 'ok' | Exclude<ErrorCode, 'FORBIDDEN' | 'INTERNAL'>;
  /** The outsider's refusal when it is not FORBIDDEN / NOT_FOUND (said why where it is used). */
  refusedAs?: ErrorCode;
}
interface ListCheck<A extends ActionName> {
  why: string;
  payload: Payload<A>;
  /** What of 达尔罕社区 the answer holds; by default the markers found in it. */
  reaches?: (data: ActionResult<A>, f: Fixture) => string[];
}
interface Row<A extends ActionName> {
  refuses?: Case<A>[];
  lists?: ListCheck<A>;
  resident?: string;
  adminOnly?: true;
}
type Table = { [A in ActionName]: Row<A> };

const refuses = <A extends ActionName>(...cases: Case<A>[]): Row<A> => ({ refuses: cases });
const lists = <A extends ActionName>(check: ListCheck<A>): Row<A> => ({ lists: check });
const resident = <A extends ActionName>(why: string): Row<A> => ({ resident: why });

const editOf = (e: {
  title: string;
  category: string;
  description: string;
  organizer: string;
  venue_id: number | null;
  place: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  party_limit: number;
  audience: string;
}): EventEdit => ({
  title: e.title,
  category: e.category as EventEdit['category'],
  description: e.description,
  organizer: e.organizer,
  venueId: e.venue_id,
  place: e.place,
  startsAt: e.starts_at,
  endsAt: e.ends_at,
  capacity: e.capacity,
  partyLimit: e.party_limit,
  audience: e.audience as EventEdit['audience'],
});

const unitEdit = (u: UnitFields) => ({ id: u.id, name: u.name, kind: u.kind, categories: u.categories, phone: u.phone, active: true });

const rows = {
  // people
  'me.get': resident('the caller’s own profile'),
  'me.update': resident('the caller’s own profile; any resident picks their community'),
  'communities.list': resident('the public place tree'),
  'people.residents': refuses({ names: 'the community (its residents with masked phones)', payload: (f) => ({ communityId: f.dar }) }),
  'people.setRole': { adminOnly: true },

  // messages
  'messages.list': resident('the caller’s own messages'),
  'messages.read': resident('the caller’s own messages'),
  'messages.subscribe': resident('the caller’s own subscription credits'),

  // events
  'events.month': refuses({ names: 'the community’s calendar (a worker reads those they serve)', payload: (f) => ({ communityId: f.dar, month: '2026-11' }) }),
  'events.get': lists({
    why: 'an event’s page is public; what a worker may do with it (canManage) is theirs only where they serve',
    payload: (f) => ({ id: f.events.today }),
    reaches: (data) => (data.canManage ? ['canManage'] : []),
  }),
  'events.mine': resident('the caller’s own sign-ups'),
  'events.signUp': resident('a worker joins as a resident: their community, street, or those they serve (events-signup tests)'),
  'events.cancel': resident('the caller’s own sign-up'),
  'events.rate': resident('the caller’s own sign-up'),
  'events.create': refuses(
    { names: 'the community', payload: (f) => eventInput(f.dar, { title: '社区消防演练', organizer: '社区居委会', place: '小区广场' }) },
    {
      names: 'a room of 达尔罕社区 for an event of the caller’s own community',
      payload: (f, own) =>
        eventInput(own.communityId, { title: '读书分享会', organizer: '社区居委会', place: '活动室', venueId: f.venues.room, startsAt: '2026-12-09T19:00:00+08:00', endsAt: '2026-12-09T20:00:00+08:00' }),
    },
  ),
  'events.update': refuses(
    { names: 'an event', payload: (f) => ({ ...f.events.councilEdit, id: f.events.council, scope: 'one' }) },
    { names: 'a room of 达尔罕社区 for the caller’s own event', payload: (f, own) => ({ ...own.event, id: own.eventId, scope: 'one', venueId: f.venues.study }) },
  ),
  'events.cancelEvent': refuses({ names: 'an event', payload: (f) => ({ id: f.events.sports, reason: '场地维修', scope: 'one' }) }),
  'events.attendees': refuses({ names: 'an event (names and masked phones)', payload: (f) => ({ eventId: f.events.gala }) }),
  'events.checkIn': refuses({ names: 'an event and one of its sign-ups', payload: (f) => ({ eventId: f.events.today, signupId: f.events.todaySignup }) }),
  'events.removeSignup': refuses({ names: 'a sign-up', payload: (f) => ({ signupId: f.events.galaSignup, reason: '重复报名' }) }),

  // venues
  'venues.list': resident('the rooms of the caller’s own community and street'),
  'venues.get': refuses({ names: 'a room of the community (not shared with the street)', payload: (f) => ({ venueId: f.venues.room }) }),
  'venues.page': refuses({ names: 'a room of the community (not shared with the street)', payload: (f) => ({ venueId: f.venues.room }) }),
  'venues.slots': refuses({ names: 'a room of the community', payload: (f) => ({ venueId: f.venues.room, from: '2026-11-26' }) }),
  'bookings.create': resident('a resident books a room of their own community or street'),
  'bookings.cancel': refuses({ names: 'a resident’s booking (a worker cancels any in the rooms they run)', payload: (f) => ({ bookingId: f.bookings.confirmed, reason: '场地临时维修' }) }),
  'bookings.mine': resident('the caller’s own bookings'),
  'venues.managed': lists({ why: 'the rooms of the communities the caller serves', payload: () => ({}) }),
  'venues.upsert': refuses(
    { names: 'the community (a new room)', payload: (f) => roomInput(f.dar, { name: '新建活动室', address: '小区活动站三层' }) },
    { names: 'a room, moved into the caller’s own community', payload: (f, own) => roomInput(own.communityId, { id: f.venues.room, name: '文体活动室', address: '小区活动站一层' }) },
  ),
  'venues.specialDate': refuses({ names: 'a room', payload: (f) => ({ venueId: f.venues.study, date: '2026-12-06', kind: 'closed', reason: '设备检修' }) }),
  'venues.reserve': refuses({ names: 'a room', payload: (f) => ({ venueId: f.venues.meeting, date: '2026-12-12', wholeDay: true, reason: '主题党日' }) }),
  'bookings.createFor': refuses(
    {
      names: 'a room',
      payload: (f) => ({ venueId: f.venues.meeting, date: '2026-12-05', start: 600, end: 660, purpose: '书法练习', headcount: 2, personName: '老人', personPhone: '13900000002' }),
    },
    {
      names: 'a resident, booked into the caller’s own room',
      payload: (f, own) => ({ venueId: own.venueId, date: '2026-12-05', start: 600, end: 660, purpose: '书法练习', headcount: 2, personName: '老人', personPhone: '13900000002', residentId: f.users.resident2 }),
    },
  ),
  'bookings.review': refuses({ names: 'a pending booking', payload: (f) => ({ bookingId: f.bookings.pending, decision: 'approve' }) }),
  'bookings.checkIn': refuses({
    names: 'a booking',
    payload: (f) => ({ bookingId: f.bookings.tonight }),
    insider: 'CONFLICT', // it starts at 19:00: check-in opens shortly before
  }),
  'bookings.markNoShow': refuses({
    names: 'a booking',
    payload: (f) => ({ bookingId: f.bookings.tonight }),
    insider: 'CONFLICT', // it has not started yet
  }),
  'bookings.day': refuses({ names: 'a room’s day', payload: (f) => ({ venueId: f.venues.room, date: '2026-11-26' }) }),
  'groups.list': lists({ why: 'the resident groups of the communities the caller serves', payload: () => ({}) }),
  'groups.upsert': refuses(
    { names: 'the community, for a new group with rooms of it', payload: (f) => ({ communityId: f.dar, name: '太极拳队', kind: 'team', contactPhone: f.groups.residentPhone, venueIds: [f.venues.room], weeklyMinutes: 120, active: true }) },
    {
      names: 'a group of the community, moved into the caller’s own community with the caller’s own room',
      payload: (f, own) => ({ id: f.groups.choir, communityId: own.communityId, name: '夕阳红合唱队', kind: 'team', contactPhone: f.groups.residentPhone, venueIds: [own.venueId], weeklyMinutes: 240, active: true }),
    },
  ),
  'groups.mine': resident('the groups the caller is the contact of'),
  'series.preview': resident('a group’s contact plans for the group'),
  'series.create': resident('a group’s contact books for the group'),
  'series.get': refuses({ names: 'a group’s weekly series', payload: (f) => ({ seriesId: f.series.choir }) }),
  'series.review': refuses({
    names: 'a group’s weekly series',
    payload: (f) => ({ seriesId: f.series.choir, decision: 'approve' }),
    insider: 'CONFLICT', // it was approved already
  }),
  'series.cancel': refuses({ names: 'a week of a group’s series', payload: (f) => ({ seriesId: f.series.choir, bookingId: f.series.choirWeek, scope: 'one', reason: '场地检修' }) }),
  'venues.usage': refuses({ names: 'the community’s 场所利用率 (its rooms by name)', payload: (f) => ({ level: 'community', placeId: f.dar, month: '2026-11', csv: true }) }),

  // requests (暖心事)
  'requests.categories': resident('public: what a community offers'),
  'requests.create': resident('a resident orders in their own community'),
  'requests.contactPhone': resident('the caller’s own WeChat number'),
  'requests.mine': resident('the caller’s own requests'),
  'requests.home': resident('the caller’s own community’s categories, their own contact and requests'),
  'requests.get': refuses({ names: 'a request (a worker sees those of the communities they serve)', payload: (f) => ({ id: f.requests.pending }) }),
  'requests.withdraw': resident('the caller’s own request'),
  'requests.similar': resident('public-space requests of the caller’s own community and 小区'),
  'requests.second': resident('附议 a public-space request of the caller’s own community'),
  'requests.rate': resident('the caller’s own request'),
  'requests.fileForPage': refuses({ names: 'the community (where the caller may file)', payload: (f) => ({ communityId: f.dar }) }),
  'requests.fileFor': refuses(
    { names: 'the community, for a public-space problem', payload: (f) => ({ communityId: f.dar, source: 'grid', kind: 'public', category: '环境卫生', description: '小区东门路灯坏了三盏，晚上出行不便', address: '达尔罕小区东门', preferredTime: '尽快' }) },
    {
      names: 'a resident of the community, filed into the caller’s own',
      payload: (f, own) => ({ communityId: own.communityId, source: 'hotline', kind: 'resident', residentId: f.users.resident2, category: '助老助残', description: '老人来电说需要有人帮忙买菜送药', address: '达尔罕小区3号楼', preferredTime: '尽快' }),
    },
  ),
  'requests.rateByPhone': refuses({ names: 'a request filed for a person without the app', payload: (f) => ({ id: f.requests.phoneRating, stars: 5, tags: [], comment: '', resolved: 'resolved' }) }),
  'requests.queue': refuses({ names: 'the community’s queue', payload: (f) => ({ communityId: f.dar, filter: 'pending' }) }),
  'requests.revealPhone': refuses({ names: 'a request (its resident’s number)', payload: (f) => ({ id: f.requests.pending }) }),
  'requests.dispatchPage': refuses({ names: 'a request (the units it may go to)', payload: (f) => ({ id: f.requests.pending }) }),
  'requests.dispatch': refuses(
    { names: 'a request and a unit', payload: (f) => ({ id: f.requests.pending, unitId: f.units.grid, note: '' }) },
    { names: 'a unit of 达尔罕社区 for the caller’s own request', payload: (f, own) => ({ id: own.requestId, unitId: f.units.grid, note: '' }) },
  ),
  'requests.pool': refuses({ names: 'a request', payload: (f) => ({ id: f.requests.pendingOther, note: '' }) }),
  'requests.review': refuses(
    { names: 'a request held for review', payload: (f) => ({ id: f.requests.reviewing, target: 'request', decision: 'release', reason: '' }) },
    {
      names: 'a request’s rating comment',
      payload: (f) => ({ id: f.requests.pooled, target: 'rating', decision: 'release', reason: '' }),
      insider: 'CONFLICT', // no comment of it waits for review
    },
  ),
  'requests.setCategories': refuses({ names: 'the community', payload: (f) => ({ communityId: f.dar, categories: [...DEFAULT_CATEGORIES] }) }),
  'requests.tasks': lists({
    why: 'requests of the caller’s own units (and the pool of the communities they reach)',
    payload: () => ({ filter: 'pool' }),
    reaches: (data, f) => [...found(data.items, f), ...(Object.values(data.counts).some((n) => n > 0) ? ['counts'] : [])],
  }),
  'requests.claim': refuses({ names: 'a pooled request', payload: (f) => ({ id: f.requests.pooled }) }),
  'requests.accept': refuses({ names: 'a request dispatched to a unit of the street', payload: (f) => ({ id: f.requests.dispatched }) }),
  'requests.decline': refuses({ names: 'a request dispatched to a unit of the community', payload: (f) => ({ id: f.requests.dispatchedToTeam, reason: '人手不足' }) }),
  'requests.complete': refuses({ names: 'a request being handled', payload: (f) => ({ id: f.requests.acceptedByStaff, note: '已上门完成服务', photos: [] }) }),
  'stats.overview': refuses({ names: 'the community’s figures', payload: (f) => ({ communityId: f.dar, month: '2026-11' }) }),

  // handler units
  'units.list': refuses({ names: 'the community’s units', payload: (f) => ({ communityId: f.dar }) }),
  'units.create': refuses({ names: 'the community', payload: (f) => ({ communityId: f.dar, scope: 'community', name: '社区法律服务队', kind: 'volunteer', categories: ['其他'], phone: '' }) }),
  'units.update': refuses(
    { names: 'a unit of the community', payload: (f) => unitEdit(f.units.team) },
    { names: 'a unit of its street', payload: (f) => unitEdit(f.units.street) },
  ),
  'units.addMember': refuses(
    { names: 'a unit', payload: (f) => ({ unitId: f.units.team.id, userId: f.users.neighbour2 }) },
    {
      names: 'a resident, added to the caller’s own unit',
      payload: (f, own) => ({ unitId: own.unitId, userId: f.users.neighbour1 }),
    },
  ),
  'units.removeMember': refuses(
    { names: 'a unit and its member', payload: (f) => ({ unitId: f.units.power.id, userId: f.users.powerMember }) },
    { names: 'a resident, taken off the caller’s own unit', payload: (f, own) => ({ unitId: own.unitId, userId: f.users.demoHandler }) },
  ),
  'units.mine': lists({ why: 'the caller’s own units', payload: () => ({}) }),
  'units.setCategories': refuses({ names: 'a unit', payload: (f) => ({ id: f.units.team.id, categories: f.units.team.categories, filter: 'pool' }) }),
  // privacy: residents and handlers delete their own account; a worker's role is taken back by an admin first.
  'privacy.deleteAccount': { adminOnly: true },

  // 工作台
  'workbench.get': lists({
    why: 'the queues, approvals and today’s events of the communities the caller serves, and their own units’ tasks',
    payload: () => ({}),
    reaches: (data, f) => {
      const { staff, handler } = data.requests;
      return [...found([staff, data.venues, data.events], f), ...(handler && handler.todo + handler.doing + handler.pool > 0 ? ['handler counts'] : [])];
    },
  }),
} satisfies Table;

/** The data of an answer that must have succeeded (typed for the row's `reaches`, which knows its action). */
function dataOf(res: Envelope<unknown>): never {
  expect(res).toMatchObject({ ok: true });
  return (res as { ok: true; data: unknown }).data as never;
}

/** The markers of 达尔罕社区 in a value (its JSON). */
function found(value: unknown, f: Fixture): string[] {
  const text = JSON.stringify(value);
  return f.markers.filter((m) => text.includes(m));
}

const ALL = rows as Table;
const names = Object.keys(rows) as ActionName[];
const caseList = names.flatMap((a) => (ALL[a].refuses ?? []).map((c, i) => [`${a} #${i + 1}: ${c.names}`, a, c] as [string, ActionName, Case<ActionName>]));
const listList = names.flatMap((a) => (ALL[a].lists ? [[`${a}: ${ALL[a].lists.why}`, a, ALL[a].lists] as [string, ActionName, ListCheck<ActionName>]] : []));

describe.each(dialectsUnderTest())('a worker reaches only their own communities, on %s', (dialect) => {
  let app: TestApp;
  let f: Fixture;
  let outsiderOwn: Own;
  let insiderOwn: Own;

  const call = (openid: string, action: ActionName, payload: unknown) => app.call(openid, action, payload, rid());
  const ok = async <A extends ActionName>(openid: string, action: A, payload: ActionInput<A>) => app.ok(openid, action, payload, rid());

  beforeAll(async () => {
    app = await createTestApp(dialect, { seed: 'all' });
    const db = app.db;
    const communityOf = async (name: string) => (await db.selectFrom('communities').select(['id', 'street_id']).where('name', '=', name).executeTakeFirstOrThrow());
    const home = await communityOf(DAR);
    const tree = await ok('demo-admin', 'communities.list', {});
    const nanyuan = tree.flatMap((d) => d.streets.flatMap((s) => s.communities)).find((c) => c.name === NANYUAN)!.id;
    const user = async (openid: string) => (await db.selectFrom('users').select('id').where('openid', '=', openid).executeTakeFirstOrThrow()).id;
    const eventRow = (title: string) => db.selectFrom('events').selectAll().where('community_id', '=', home.id).where('title', '=', title).executeTakeFirstOrThrow();
    const signupOf = async (eventId: number, userId: number) =>
      (await db.selectFrom('event_signups').select('id').where('event_id', '=', eventId).where('user_id', '=', userId).executeTakeFirstOrThrow()).id;
    const venue = async (name: string) => (await db.selectFrom('venues').select('id').where('community_id', '=', home.id).where('name', '=', name).executeTakeFirstOrThrow()).id;
    const request = async (status: string, category?: string) => {
      let q = db.selectFrom('requests').select('id').where('community_id', '=', home.id).where('status', '=', status as never);
      if (category) q = q.where('category', '=', category);
      return (await q.orderBy('id').executeTakeFirstOrThrow()).id;
    };
    const unit = async (name: string): Promise<UnitFields> => {
      const u = await db.selectFrom('handler_units').select(['id', 'name', 'kind', 'categories', 'phone']).where('name', '=', name).executeTakeFirstOrThrow();
      return { id: u.id, name: u.name, kind: u.kind as UnitFields['kind'], categories: JSON.parse(u.categories) as string[], phone: u.phone };
    };

    const [resident1, resident2, neighbour1, neighbour2, neighbour3, demoHandler, powerMember, staff] = await Promise.all(
      ['demo-resident', 'demo-resident-2', 'demo-neighbour-1', 'demo-neighbour-2', 'demo-neighbour-3', 'demo-handler', 'seed-handler-haojj', INSIDER].map(user),
    );
    const today = await eventRow('政策宣讲：养老保险与医保新政');
    const gala = await eventRow('敬老孝亲 · 老年文艺汇演');
    const council = await eventRow('居民议事会：小区停车管理');
    const sports = await eventRow('冬季趣味运动会');
    const cleanup = await eventRow('我为小区做件事 · 环境清洁志愿服务');
    const venues = {
      hall: await venue('党群服务中心多功能厅'),
      room: await venue('文体活动室'),
      study: await venue('书画棋牌室'),
      meeting: await venue('居民议事活动室'),
    };
    const booking = async (venueId: number, status: string, userId: number, date?: string) => {
      let q = db.selectFrom('venue_bookings').select('id').where('venue_id', '=', venueId).where('kind', '=', 'booking').where('status', '=', status as never).where('user_id', '=', userId);
      if (date) q = q.where('date', '=', date);
      return (await q.orderBy('id').executeTakeFirstOrThrow()).id;
    };
    const choir = await db.selectFrom('venue_groups').select('id').where('name', '=', '夕阳红合唱队').executeTakeFirstOrThrow();
    const choirSeries = await db.selectFrom('venue_series').select('id').where('group_id', '=', choir.id).executeTakeFirstOrThrow();
    const choirWeek = await db.selectFrom('venue_bookings').select('id').where('series_id', '=', choirSeries.id).orderBy('date', 'desc').executeTakeFirstOrThrow();
    const units = {
      street: await unit('哈巴格希街道矛盾调解志愿服务队'),
      team: await unit('达尔罕社区“红色暖心”党员志愿服务队'),
      power: await unit('康巴什供电共建服务队'),
      grid: (await unit('达尔罕社区第一网格（网格员高娜）')).id,
    };

    // demo-staff serves in two of the community's units too (a 网格员), so the handler steps have someone to take them.
    await ok(INSIDER, 'units.addMember', { unitId: units.street.id, userId: staff });
    await ok(INSIDER, 'units.addMember', { unitId: units.team.id, userId: staff });
    const order = async (category: string) =>
      (await ok('demo-resident', 'requests.create', { category, description: '家中老人需要有人帮忙买菜送药', address: '达尔罕小区3号楼2单元501', phone: '13847701234', preferredTime: '尽快' })).id;
    const [toDecline, toComplete, ownPending] = [await order('助老助残'), await order('助老助残'), await order('其他')];
    await ok(INSIDER, 'requests.dispatch', { id: toDecline, unitId: units.team.id, note: '' });
    await ok(INSIDER, 'requests.dispatch', { id: toComplete, unitId: units.team.id, note: '' });
    await ok(INSIDER, 'requests.accept', { id: toComplete });
    const forCaller = (
      await ok(INSIDER, 'requests.fileFor', {
        communityId: home.id,
        source: 'hotline',
        kind: 'person',
        personName: '白玉兰',
        phone: '13847709901',
        category: '助老助残',
        description: '热线来电：独居老人想请人帮忙换灯泡',
        address: '达尔罕小区4号楼1单元101',
        preferredTime: '尽快',
      })
    ).id;
    await ok(INSIDER, 'requests.dispatch', { id: forCaller, unitId: units.team.id, note: '' });
    await ok(INSIDER, 'requests.accept', { id: forCaller });
    await ok(INSIDER, 'requests.complete', { id: forCaller, note: '已上门更换灯泡', photos: [] });

    // The outsider: a newcomer whom the admin makes a worker of 南苑社区, with a room, an event, a unit (they serve in
    // it, so the claim pool is theirs to look at) and a request of a 南苑社区 resident.
    await ok(OUTSIDER, 'me.update', { name: '周南', phone: '13900000001', communityId: nanyuan });
    const outsider = await user(OUTSIDER);
    await ok('demo-admin', 'people.setRole', { userId: outsider, role: 'worker', communityIds: [nanyuan] });
    const ownVenue = (await ok(OUTSIDER, 'venues.upsert', roomInput(nanyuan, { name: '南苑活动室', address: '南苑小区活动站一层' }))).id;
    const ownEventId = (await ok(OUTSIDER, 'events.create', eventInput(nanyuan, { title: '南苑读书会', organizer: '南苑社区居委会', place: '南苑活动站' }))).eventIds[0];
    const ownUnit = (await ok(OUTSIDER, 'units.create', { communityId: nanyuan, scope: 'community', name: '南苑社区志愿服务队', kind: 'volunteer', categories: [...DEFAULT_CATEGORIES], phone: '' })).id;
    await ok(OUTSIDER, 'units.addMember', { unitId: ownUnit, userId: outsider });
    await ok(NANYUAN_RESIDENT, 'me.update', { name: '吴南', phone: '13900000003', communityId: nanyuan });
    const ownRequest = (await ok(NANYUAN_RESIDENT, 'requests.create', { category: '助老助残', description: '家中老人需要有人帮忙买菜送药', address: '南苑小区1号楼', phone: '13900000003', preferredTime: '尽快' })).id;

    const ownEventRow = await db.selectFrom('events').selectAll().where('id', '=', ownEventId).executeTakeFirstOrThrow();
    outsiderOwn = { communityId: nanyuan, venueId: ownVenue, eventId: ownEventId, event: editOf(ownEventRow), unitId: ownUnit, requestId: ownRequest };
    insiderOwn = { communityId: home.id, venueId: venues.study, eventId: cleanup.id, event: editOf(cleanup), unitId: units.power.id, requestId: ownPending };

    const people = (await db.selectFrom('users').select('name').where('community_id', '=', home.id).execute()).map((u) => u.name).filter(Boolean);
    const street = await db.selectFrom('streets').select('name').where('id', '=', home.street_id).executeTakeFirstOrThrow();
    const titles = (await db.selectFrom('events').select('title').where('community_id', '=', home.id).execute()).map((e) => e.title);
    const rooms = (await db.selectFrom('venues').select('name').where('community_id', '=', home.id).execute()).map((v) => v.name);
    const reaching = await db
      .selectFrom('handler_units')
      .select('name')
      .where((eb) => eb.or([eb('community_id', '=', home.id), eb.and([eb('community_id', 'is', null), eb('street_id', '=', home.street_id)])]))
      .execute();

    f = {
      dar: home.id,
      users: { resident2, neighbour1, neighbour2, demoHandler, powerMember, staff },
      events: {
        today: today.id,
        todaySignup: await signupOf(today.id, neighbour1),
        gala: gala.id,
        galaSignup: await signupOf(gala.id, neighbour3),
        council: council.id,
        councilEdit: editOf(council),
        sports: sports.id,
      },
      venues,
      bookings: {
        pending: await booking(venues.hall, 'pending', resident1),
        confirmed: await booking(venues.meeting, 'confirmed', resident2),
        tonight: await booking(venues.study, 'confirmed', resident2, '2026-11-25'),
      },
      requests: {
        pooled: await request('pooled'),
        dispatched: await request('dispatched', '心理关爱'),
        pending: await request('pending', '环境卫生'),
        pendingOther: await request('pending', '其他'),
        reviewing: await request('reviewing'),
        dispatchedToTeam: toDecline,
        acceptedByStaff: toComplete,
        phoneRating: forCaller,
      },
      groups: { choir: choir.id, residentPhone: (await db.selectFrom('users').select('phone').where('id', '=', resident1).executeTakeFirstOrThrow()).phone! },
      series: { choir: choirSeries.id, choirWeek: choirWeek.id },
      units,
      markers: [DAR, '夕阳红合唱队', street.name, ...people, ...titles, ...rooms, ...reaching.map((u) => u.name)],
      people,
    };
  });
  afterAll(() => app.close());

  it('has a row for every action, and one that checks scope for every action only staff may call', () => {
    expect(Object.keys(rows).sort()).toEqual(Object.keys(actions).sort());
    const problems: string[] = [];
    for (const name of names) {
      const roles = actions[name].roles;
      const row = ALL[name];
      const kinds = [row.refuses?.length ? 'refuses' : null, row.lists ? 'lists' : null, row.resident ? 'resident' : null, row.adminOnly ? 'adminOnly' : null].filter(Boolean);
      if (!roles.includes('worker')) {
        if (!row.adminOnly || kinds.length !== 1) problems.push(`${name}: no worker may call it; mark it adminOnly`);
      } else if (row.adminOnly) {
        problems.push(`${name}: workers may call it`);
      } else if (!roles.includes('resident') && (row.resident || (!row.refuses?.length && !row.lists))) {
        problems.push(`${name}: a staff action needs refuses or lists`);
      } else if (kinds.length === 0) {
        problems.push(`${name}: empty row`);
      }
    }
    expect(problems).toEqual([]);
  });

  describe(`a worker of ${NANYUAN}`, () => {
    it.each(caseList)('is refused: %s', async (_, action, c) => {
      const before = await snapshot(app.db);
      const res = await call(OUTSIDER, action, c.payload(f, outsiderOwn));
      expect(res.ok).toBe(false);
      const error = (res as Extract<Envelope<unknown>, { ok: false }>).error;
      if (c.refusedAs) expect(error.code).toBe(c.refusedAs);
      else expect(['FORBIDDEN', 'NOT_FOUND']).toContain(error.code);
      expect(f.people.filter((p) => error.message.includes(p))).toEqual([]);
      expect(await snapshot(app.db)).toEqual(before);
    });

    it.each(listList)('sees nothing of 达尔罕社区: %s', async (_, action, check) => {
      const before = await snapshot(app.db);
      const res = await call(OUTSIDER, action, check.payload(f, outsiderOwn));
      const data = dataOf(res);
      expect(check.reaches ? check.reaches(data, f) : found(data, f)).toEqual([]);
      expect(await snapshot(app.db)).toEqual(before);
    });
  });

  // After the outsider (who changed nothing): the same records, untouched. Lists first, as they read what the steps change.
  describe(`demo-staff, a worker of ${DAR}`, () => {
    it.each(listList)('sees their own: %s', async (_, action, check) => {
      const res = await call(INSIDER, action, check.payload(f, insiderOwn));
      const data = dataOf(res);
      expect((check.reaches ? check.reaches(data, f) : found(data, f)).length).toBeGreaterThan(0);
    });

    it.each(caseList)('is not refused for scope: %s', async (_, action, c) => {
      const res = await call(INSIDER, action, c.payload(f, insiderOwn));
      const expected = c.insider ?? 'ok';
      if (expected === 'ok') expect(res).toMatchObject({ ok: true });
      else expect(res).toMatchObject({ ok: false, error: { code: expected } });
    });
  });
});

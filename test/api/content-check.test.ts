import { DEFAULT_CATEGORIES, type ActionName, type RequestDetail } from '../../types';
import { createTestApp, snapshot, type TestApp } from '../support/api-app';
import { dialectsUnderTest } from '../support/databases';
import { addResidents, communityId, createEvent, eventInput, rid, signUp, updateInput } from '../support/events-fixtures';
import { FREE_TEXT_FIELDS, listedFields } from '../support/free-text';
import { fileRequest, newResident, standardUnits, type Units } from '../support/requests-fixtures';
import { bookingInput, createRoom, groupInput, hm, registerGroup, roomInput, seriesInput } from '../support/venues';

jest.setTimeout(120_000);

/**
 * Every free-text field listed in test/support/free-text.ts as checked, walked through the real router with the local
 * word list (`赌博` is blocked): a refused field is INVALID_INPUT naming it and changes nothing, and the same call with
 * clean text then succeeds; a held field is accepted and held for a worker's review.
 */

interface Case {
  /** Who writes the text. */
  as: string;
  /** The whole input with `text` in the field under test. */
  payload(text: string): unknown;
  clean: string;
  dirty: string;
  /** For held fields: how the accepted result shows the hold (or that the clean text was not held). */
  held?(result: unknown, dirty: boolean): void;
}

interface Fixtures {
  units: Units;
  home: number;
  roomId: number;
  approvalRoomId: number;
}

type Setup = (app: TestApp, fx: Fixtures) => Promise<Case>;

/** A 暖心事 of a fresh resident, taken as far as `to`. */
async function requestAt(app: TestApp, fx: Fixtures, to: 'pending' | 'dispatched' | 'accepted' | 'completed' | 'reviewing'): Promise<{ id: number; resident: string }> {
  const resident = await newResident(app);
  const description = to === 'reviewing' ? '有人在楼道里聚众赌博，每天晚上很吵' : '楼上邻居装修噪音每天持续到晚上十点，希望协调';
  const req = await fileRequest(app, resident, { description });
  if (to === 'pending' || to === 'reviewing') return { id: req.id, resident };
  await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: fx.units.mediation, note: '' }, rid());
  if (to === 'dispatched') return { id: req.id, resident };
  await app.ok('demo-handler', 'requests.accept', { id: req.id }, rid());
  if (to === 'accepted') return { id: req.id, resident };
  await app.ok('demo-handler', 'requests.complete', { id: req.id, note: '已上门协调处理', photos: [] }, rid());
  return { id: req.id, resident };
}

/** 代点单 for a hotline caller without the app, by demo-staff; taken to `to` like requestAt. */
const filedFor = (fx: Fixtures, over: Record<string, unknown> = {}) => ({
  communityId: fx.home,
  source: 'hotline',
  kind: 'person',
  personName: '白秀英',
  phone: '13847703001',
  category: '邻里调解',
  description: '热线来电：楼上邻居装修噪音每天持续到晚上十点',
  address: '达尔罕小区4号楼2单元102',
  preferredTime: '尽快',
  photos: [],
  ...over,
});

async function filedCompleted(app: TestApp, fx: Fixtures): Promise<number> {
  const req = await app.ok('demo-staff', 'requests.fileFor', filedFor(fx) as never, rid());
  await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: fx.units.mediation, note: '' }, rid());
  await app.ok('demo-handler', 'requests.accept', { id: req.id }, rid());
  await app.ok('demo-handler', 'requests.complete', { id: req.id, note: '已上门协调处理', photos: [] }, rid());
  return req.id;
}

const CASES: Record<string, Setup> = {
  'me.update name': async () => ({ as: 'writer-name', payload: (name) => ({ name }), clean: '王秀兰', dirty: '赌博代开发票' }),
  'me.update address': async () => ({ as: 'writer-address', payload: (address) => ({ address }), clean: '康和小区7号楼2单元301', dirty: '7号楼 赌博 代开发票 加微信' }),

  'events.create title': async (_, fx) => ({ as: 'demo-staff', payload: (title) => eventInput(fx.home, { title }), clean: '社区文艺排练', dirty: '社区赌博活动' }),
  'events.create description': async (_, fx) => ({ as: 'demo-staff', payload: (description) => eventInput(fx.home, { description }), clean: '老年合唱队排练', dirty: '欢迎来赌博' }),
  'events.create organizer': async (_, fx) => ({ as: 'demo-staff', payload: (organizer) => eventInput(fx.home, { organizer }), clean: '达尔罕社区老年协会', dirty: '赌博协会' }),
  'events.create place': async (_, fx) => ({ as: 'demo-staff', payload: (place) => eventInput(fx.home, { place }), clean: '党群服务中心排练室', dirty: '赌博室' }),
  'events.update title': async (app, fx) => {
    const id = await createEvent(app);
    return { as: 'demo-staff', payload: (title) => updateInput(fx.home, id, { title }), clean: '社区文艺排练（改）', dirty: '社区赌博活动' };
  },
  'events.update description': async (app, fx) => {
    const id = await createEvent(app);
    return { as: 'demo-staff', payload: (description) => updateInput(fx.home, id, { description }), clean: '改为下午排练', dirty: '欢迎来赌博' };
  },
  'events.update organizer': async (app, fx) => {
    const id = await createEvent(app);
    return { as: 'demo-staff', payload: (organizer) => updateInput(fx.home, id, { organizer }), clean: '达尔罕社区文艺队', dirty: '赌博协会' };
  },
  'events.update place': async (app, fx) => {
    const id = await createEvent(app);
    return { as: 'demo-staff', payload: (place) => updateInput(fx.home, id, { place }), clean: '社区广场', dirty: '赌博室' };
  },
  'events.cancelEvent reason': async (app) => {
    const id = await createEvent(app);
    return { as: 'demo-staff', payload: (reason) => ({ id, reason }), clean: '场地维修，活动改期', dirty: '改去赌博' };
  },
  'events.removeSignup reason': async (app) => {
    const eventId = await createEvent(app);
    const [a] = await addResidents(app, 1);
    await signUp(app, a, eventId);
    const signupId = (await app.ok(a, 'events.get', { id: eventId })).my!.id;
    return { as: 'demo-staff', payload: (reason) => ({ signupId, reason }), clean: '重复报名', dirty: '此人赌博' };
  },
  'events.rate comment': async (app) => {
    const eventId = await createEvent(app, { startsAt: '2026-11-25T19:00:00+08:00', endsAt: '2026-11-25T21:00:00+08:00' });
    const [a] = await addResidents(app, 1);
    await signUp(app, a, eventId);
    app.clock.set('2026-11-25T14:00:00.000Z');
    return { as: a, payload: (comment) => ({ eventId, score: 4, comment }), clean: '老师讲得很好', dirty: '欢迎加入我们的赌博群' };
  },

  'bookings.create purpose': async (_, fx) => ({ as: 'demo-resident', payload: (purpose) => bookingInput(fx.roomId, '2026-11-26', hm(18), hm(19), { purpose }), clean: '合唱团排练', dirty: '组织赌博活动' }),
  'bookings.create contactName': async (_, fx) => ({ as: 'demo-resident-2', payload: (contactName) => bookingInput(fx.roomId, '2026-11-26', hm(19), hm(20), { contactName }), clean: '李建国', dirty: '代开发票' }),
  'bookings.createFor purpose': async (_, fx) => ({
    as: 'demo-staff',
    payload: (purpose) => ({ venueId: fx.roomId, date: '2026-11-27', start: hm(18), end: hm(19), purpose, headcount: 5, personName: '张大爷', personPhone: '13800001111' }),
    clean: '棋牌兴趣小组',
    dirty: '棋牌赌博',
  }),
  'bookings.createFor personName': async (_, fx) => ({
    as: 'demo-staff',
    payload: (personName) => ({ venueId: fx.roomId, date: '2026-11-27', start: hm(19), end: hm(20), purpose: '书法练习', headcount: 5, personName, personPhone: '13800001111' }),
    clean: '张大爷',
    dirty: '代开发票',
  }),
  'bookings.cancel reason': async (app, fx) => {
    const booking = await app.ok('demo-resident', 'bookings.create', bookingInput(fx.roomId, '2026-11-26', hm(20), hm(21)), rid());
    return { as: 'demo-staff', payload: (reason) => ({ bookingId: booking.id, reason }), clean: '场地临时维修', dirty: '你们去赌博' };
  },
  'bookings.review note': async (app, fx) => {
    const booking = await app.ok('demo-resident', 'bookings.create', bookingInput(fx.approvalRoomId, '2026-11-26', hm(18), hm(19)), rid());
    return { as: 'demo-staff', payload: (note) => ({ bookingId: booking.id, decision: 'reject', note }), clean: '当晚已有安排', dirty: '赌博不行' };
  },
  'venues.upsert name': async (_, fx) => ({ as: 'demo-staff', payload: (name) => roomInput(fx.home, { id: fx.roomId, name }), clean: '文体活动室', dirty: '赌博活动室' }),
  'venues.upsert address': async (_, fx) => ({ as: 'demo-staff', payload: (address) => roomInput(fx.home, { id: fx.roomId, address }), clean: '达尔罕小区居民活动服务站一层', dirty: '赌博一条街' }),
  'venues.upsert description': async (_, fx) => ({ as: 'demo-staff', payload: (description) => roomInput(fx.home, { id: fx.roomId, description }), clean: '可开展文体活动', dirty: '可开展赌博活动' }),
  'venues.upsert facilities[]': async (_, fx) => ({
    as: 'demo-staff',
    payload: (facility) => roomInput(fx.home, { id: fx.roomId, facilities: ['钢琴', facility] }),
    clean: '音响',
    dirty: '赌博机',
  }),
  'venues.specialDate reason': async (_, fx) => ({ as: 'demo-staff', payload: (reason) => ({ venueId: fx.roomId, date: '2026-12-01', kind: 'closed', reason }), clean: '设备检修', dirty: '改作赌博' }),
  'venues.reserve reason': async (_, fx) => ({ as: 'demo-staff', payload: (reason) => ({ venueId: fx.roomId, date: '2026-11-30', start: hm(18), end: hm(19), reason }), clean: '主题党日', dirty: '赌博聚会' }),
  'groups.upsert name': async (_, fx) => ({ as: 'demo-staff', payload: (name) => groupInput(fx.home, [fx.roomId], { name }), clean: '太极拳队', dirty: '赌博队' }),
  'series.create purpose': async (app, fx) => {
    const groupId = await registerGroup(app, fx.home, [fx.roomId], { name: '书画社' });
    return { as: 'demo-resident', payload: (purpose) => seriesInput(groupId, fx.roomId, '2026-12-03', hm(20), hm(21), { weeks: 3, purpose }), clean: '书画练习', dirty: '赌博练习' };
  },
  'series.review note': async (app, fx) => {
    const groupId = await registerGroup(app, fx.home, [fx.approvalRoomId], { name: '舞蹈队' });
    const series = await app.ok('demo-resident', 'series.create', seriesInput(groupId, fx.approvalRoomId, '2026-12-03', hm(18), hm(19), { weeks: 2 }), rid());
    return { as: 'demo-staff', payload: (note) => ({ seriesId: series.id, decision: 'reject', note }), clean: '当晚已有安排', dirty: '赌博不行' };
  },
  'series.cancel reason': async (app, fx) => {
    const groupId = await registerGroup(app, fx.home, [fx.approvalRoomId], { name: '调解工作室' });
    const series = await app.ok('demo-resident', 'series.create', seriesInput(groupId, fx.approvalRoomId, '2026-12-04', hm(18), hm(19), { weeks: 2 }), rid());
    return { as: 'demo-staff', payload: (reason) => ({ seriesId: series.id, bookingId: series.occurrences[0].bookingId, scope: 'later', reason }), clean: '场地临时维修', dirty: '你们去赌博' };
  },

  'requests.create description': async (app) => ({
    as: await newResident(app),
    payload: (description) => ({ category: '邻里调解', description, address: '达尔罕小区3号楼2单元501', phone: '13847701234', preferredTime: '尽快', photos: [] }),
    clean: '楼上邻居装修噪音每天持续到晚上十点',
    dirty: '有人在楼道里聚众赌博，每天晚上很吵',
    held: (result, dirty) => expect((result as RequestDetail).status).toBe(dirty ? 'reviewing' : 'pending'),
  }),
  'requests.create address': async (app) => ({
    as: await newResident(app),
    payload: (address) => ({ category: '邻里调解', description: '楼上邻居装修噪音每天持续到晚上十点', address, phone: '13847701234', preferredTime: '尽快', photos: [] }),
    clean: '康和小区7号楼2单元301',
    dirty: '7号楼 赌博 代开发票 加微信',
  }),
  'requests.rate comment': async (app, fx) => {
    const { id, resident } = await requestAt(app, fx, 'completed');
    return {
      as: resident,
      payload: (comment) => ({ id, stars: 5, tags: [], comment, resolved: 'resolved' }),
      clean: '', // not used: a rating is taken once
      dirty: '师傅说小区有人赌博',
      held: (result) => expect((result as RequestDetail).ratings.at(-1)).toMatchObject({ commentState: 'held' }),
    };
  },
  'requests.fileFor description': async (_, fx) => ({
    as: 'demo-staff',
    payload: (description) => filedFor(fx, { description }),
    clean: '热线来电：楼上邻居装修噪音每天持续到晚上十点',
    dirty: '热线来电：有人在楼道里聚众赌博，每天晚上很吵',
    held: (result, dirty) => expect((result as RequestDetail).status).toBe(dirty ? 'reviewing' : 'pending'),
  }),
  'requests.fileFor address': async (_, fx) => ({ as: 'demo-staff', payload: (address) => filedFor(fx, { address }), clean: '康和小区7号楼2单元301', dirty: '7号楼 赌博 代开发票 加微信' }),
  'requests.fileFor personName': async (_, fx) => ({ as: 'demo-staff', payload: (personName) => filedFor(fx, { personName }), clean: '白秀英', dirty: '代开发票' }),
  'requests.rateByPhone comment': async (app, fx) => {
    const id = await filedCompleted(app, fx);
    return {
      as: 'demo-staff',
      payload: (comment) => ({ id, stars: 5, tags: [], comment, resolved: 'resolved' }),
      clean: '', // not used: a rating is taken once
      dirty: '老人说小区有人赌博',
      held: (result) => expect((result as RequestDetail).ratings.at(-1)).toMatchObject({ commentState: 'held' }),
    };
  },
  'requests.dispatch note': async (app, fx) => {
    const { id } = await requestAt(app, fx, 'pending');
    return { as: 'demo-staff', payload: (note) => ({ id, unitId: fx.units.mediation, note }), clean: '老人行动不便，请先电话联系', dirty: '顺便查查赌博' };
  },
  'requests.pool note': async (app, fx) => {
    const { id } = await requestAt(app, fx, 'pending');
    return { as: 'demo-staff', payload: (note) => ({ id, note }), clean: '请附近的队员认领', dirty: '顺便查查赌博' };
  },
  'requests.review reason': async (app, fx) => {
    const { id } = await requestAt(app, fx, 'reviewing');
    return { as: 'demo-staff', payload: (reason) => ({ id, target: 'request', decision: 'reject', reason }), clean: '内容不属于暖心事范围，请拨打110', dirty: '你去赌博吧' };
  },
  'requests.setCategories categories[]': async (_, fx) => ({
    as: 'demo-staff',
    payload: (extra) => ({ communityId: fx.home, categories: extra ? [...DEFAULT_CATEGORIES.filter((c) => c !== '其他'), extra] : [...DEFAULT_CATEGORIES] }),
    clean: '其他',
    dirty: '赌博',
  }),
  'requests.decline reason': async (app, fx) => {
    const { id } = await requestAt(app, fx, 'dispatched');
    return { as: 'demo-handler', payload: (reason) => ({ id, reason }), clean: '不在服务范围内', dirty: '忙着赌博' };
  },
  'requests.complete note': async (app, fx) => {
    const { id } = await requestAt(app, fx, 'accepted');
    return { as: 'demo-handler', payload: (note) => ({ id, note, photos: [] }), clean: '已上门协调，双方和解', dirty: '已上门，顺便代开发票' };
  },

  'units.create name': async (_, fx) => ({
    as: 'demo-staff',
    payload: (name) => ({ communityId: fx.home, scope: 'community', name, kind: 'volunteer', categories: ['邻里调解'], phone: '' }),
    clean: '达尔罕社区邻里守望队',
    dirty: '赌博服务队',
  }),
  'units.update name': async (app, fx) => {
    const unit = await app.ok('demo-staff', 'units.create', { communityId: fx.home, scope: 'community', name: '达尔罕社区助老服务队', kind: 'volunteer', categories: ['助老助残'], phone: '' }, rid());
    return {
      as: 'demo-staff',
      payload: (name) => ({ id: unit.id, name, kind: 'volunteer', categories: ['助老助残'], phone: '', active: true }),
      clean: '达尔罕社区敬老服务队',
      dirty: '赌博服务队',
    };
  },
};

const checked = [...listedFields()].filter(([, t]) => typeof t === 'string').map(([key, t]) => [key, t as 'refused' | 'held'] as const);

describe('the walk covers the list', () => {
  it('has a case for every field listed as checked, and no other', () => {
    expect(Object.keys(CASES).sort()).toEqual(checked.map(([key]) => key).sort());
    expect(Object.keys(FREE_TEXT_FIELDS).length).toBeGreaterThan(0);
  });
});

describe.each(dialectsUnderTest())('every text written for others passes the content check on %s', (dialect) => {
  let app: TestApp;
  let fx: Fixtures;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    const units = await standardUnits(app);
    const home = await communityId(app);
    const room = await createRoom(app);
    const approvalRoom = await createRoom(app, { name: '多功能厅', kind: 'center', capacity: 120, rules: { requiresApproval: true } });
    // First calls register people: done before any snapshot is taken.
    await app.ok('writer-name', 'me.get', {});
    await app.ok('writer-address', 'me.get', {});
    await app.ok('demo-resident-2', 'me.update', { communityId: home });
    fx = { units, home, roomId: room.id, approvalRoomId: approvalRoom.id };
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set('2026-11-25T02:00:00.000Z'));

  it.each(checked)('%s is %s', async (key, treatment) => {
    const [action, path] = key.split(' ') as [ActionName, string];
    const field = path.replace('[]', '');
    const c = await CASES[key](app, fx);
    if (treatment === 'held') {
      const dirty = await app.ok(c.as, action, c.payload(c.dirty) as never, rid());
      c.held!(dirty, true);
      if (c.clean) c.held!(await app.ok(c.as, action, c.payload(c.clean) as never, rid()), false);
      return;
    }
    const before = await snapshot(app.db);
    expect(await app.call(c.as, action, c.payload(c.dirty), rid())).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', field, message: expect.stringMatching(/^.+未通过内容安全检查，请修改后再提交$/) },
    });
    expect(await snapshot(app.db)).toEqual(before);
    // The same call with clean text goes through: it was the text that was refused.
    expect(await app.call(c.as, action, c.payload(c.clean), rid())).toMatchObject({ ok: true });
  });
});

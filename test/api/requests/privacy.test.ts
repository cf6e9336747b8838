import type { RequestDetail } from '../../../types';
import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { fileRequest, newResident, newRid, person, standardUnits, type Units } from '../../support/requests-fixtures';

jest.setTimeout(60_000);

const FULL_ADDRESS = '康和小区7号楼2单元301';
const AREA = '康和小区7号楼';

/** What a viewer learns about who asked and where: the personal part of a request. */
const personal = (d: RequestDetail) => ({
  residentName: d.residentName,
  address: d.address,
  addressShown: d.addressShown,
  residentOnTimeline: d.timeline.filter((s) => s.kind === 'withdraw' || s.kind === 'rate' || s.kind === 'reopen').map((s) => s.actorName),
});

const FULL = { residentName: '康大姐', address: FULL_ADDRESS, addressShown: 'full' };
const REDUCED = { residentName: '康**', address: AREA, addressShown: 'area' };
const NONE = { residentName: '居民', address: null, addressShown: 'hidden' };

describe.each(dialectsUnderTest())('暖心事: names and addresses seen by unit members on %s', (dialect) => {
  let app: TestApp;
  let units: Units;
  let resident: string;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    units = await standardUnits(app);
    // demo-handler and a colleague serve in the mediation unit.
    const colleague = await person(app, 'handler-colleague-2', 'handler', { name: '刘队员' });
    await app.db.insertInto('handler_members').values({ unit_id: units.mediation, user_id: colleague }).execute();
    resident = await newResident(app);
    await app.ok(resident, 'me.update', { name: '康大姐' });
  });
  afterAll(() => app.close());

  const file = () => fileRequest(app, resident, { address: FULL_ADDRESS, phone: '13847709876' });
  const dispatch = (id: number) => app.ok('demo-staff', 'requests.dispatch', { id, unitId: units.mediation, note: '' }, newRid());
  const get = async (openid: string, id: number) => personal(await app.ok(openid, 'requests.get', { id }));

  it('before acceptance, members see the 小区 and building and a masked name; in their list too', async () => {
    const req = await file();
    await dispatch(req.id);
    for (const member of ['demo-handler', 'handler-colleague-2']) {
      expect(await get(member, req.id)).toMatchObject(REDUCED);
      const todo = await app.ok(member, 'requests.tasks', { filter: 'todo' });
      expect(todo.items.find((i) => i.id === req.id)).toMatchObject({ residentName: '康**' });
    }
    expect(await get('demo-staff', req.id)).toMatchObject(FULL);
    expect(await get(resident, req.id)).toMatchObject(FULL);
  });

  it('once one member accepts, they see everything; their colleagues keep the reduced view', async () => {
    const req = await file();
    await dispatch(req.id);
    const accepted = await app.ok('demo-handler', 'requests.accept', { id: req.id }, newRid());
    expect(personal(accepted)).toMatchObject(FULL);
    expect(accepted.phone).toBe('13847709876');
    expect(await get('handler-colleague-2', req.id)).toMatchObject(REDUCED);
  });

  it('after completion and rating only the owner, the assignee and the workers see name and address', async () => {
    const req = await file();
    await dispatch(req.id);
    await app.ok('demo-handler', 'requests.accept', { id: req.id }, newRid());
    await app.ok('demo-handler', 'requests.complete', { id: req.id, note: '已上门协调，问题解决', photos: [] }, newRid());
    expect(await get('handler-colleague-2', req.id)).toEqual({ ...NONE, residentOnTimeline: [] });
    expect(await get('demo-handler', req.id)).toMatchObject(FULL);

    await app.ok(resident, 'requests.rate', { id: req.id, stars: 5, tags: [], comment: '', resolved: 'resolved' }, newRid());
    // The rating step is the resident's: their name is not on a colleague's timeline either.
    expect(await get('handler-colleague-2', req.id)).toEqual({ ...NONE, residentOnTimeline: [null] });
    expect(await get('demo-handler', req.id)).toEqual({ ...FULL, residentOnTimeline: ['康大姐'] });
    expect(await get('demo-staff', req.id)).toMatchObject(FULL);
    expect(await get(resident, req.id)).toMatchObject(FULL);
  });

  it('a request withdrawn while waiting for the unit shows members neither name nor address', async () => {
    const req = await file();
    await dispatch(req.id);
    await app.ok(resident, 'requests.withdraw', { id: req.id }, newRid());
    for (const member of ['demo-handler', 'handler-colleague-2']) {
      expect(await get(member, req.id)).toEqual({ ...NONE, residentOnTimeline: [null] });
    }
    expect(await get('demo-staff', req.id)).toEqual({ ...FULL, residentOnTimeline: ['康大姐'] });
  });

  it('the pool still sees no address before claiming; the claimer then sees it all', async () => {
    const req = await file();
    await app.ok('demo-staff', 'requests.pool', { id: req.id, note: '' }, newRid());
    expect(await get('demo-handler', req.id)).toMatchObject({ residentName: '康**', address: null, addressShown: 'hidden' });
    expect(personal(await app.ok('demo-handler', 'requests.claim', { id: req.id }, newRid()))).toMatchObject(FULL);
  });
});

describe.each(dialectsUnderTest())('暖心事: a worker reveals the resident’s phone with one audited tap on %s', (dialect) => {
  let app: TestApp;
  let resident: string;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    resident = await newResident(app);
  });
  afterAll(() => app.close());

  const reveals = () =>
    app.db.selectFrom('audit_log').select(['entity', 'entity_id', 'action', 'actor_id']).where('action', '=', 'reveal_phone').orderBy('id').execute();

  it('shows the number masked to the worker, and in full after the tap, which the audit log records', async () => {
    const req = await fileRequest(app, resident, { phone: '13847709876' });
    const seen = await app.ok('demo-staff', 'requests.get', { id: req.id });
    expect([seen.phone, seen.phoneMasked]).toEqual(['138****9876', true]);
    expect(await reveals()).toEqual([]);
    expect(await app.ok('demo-staff', 'requests.revealPhone', { id: req.id })).toEqual({ phone: '13847709876' });
    const worker = (await app.ok('demo-staff', 'me.get', {})).id;
    expect(await reveals()).toEqual([{ entity: 'request', entity_id: req.id, action: 'reveal_phone', actor_id: worker }]);
  });

  it('refuses a worker of another community, a handler and a resident, and records nothing', async () => {
    const req = await fileRequest(app, resident, { phone: '13847709876' });
    const before = (await reveals()).length;
    const nanyuan = (await app.ok('demo-resident', 'communities.list', {})).flatMap((d) => d.streets.flatMap((s) => s.communities)).find((c) => c.name === '南苑社区')!.id;
    await person(app, 'worker-of-nanyuan', 'worker', { communityId: nanyuan });
    expect(await app.call('worker-of-nanyuan', 'requests.revealPhone', { id: req.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'id' } });
    expect(await app.call('demo-handler', 'requests.revealPhone', { id: req.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.call(resident, 'requests.revealPhone', { id: req.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await reveals()).toHaveLength(before);
  });
});

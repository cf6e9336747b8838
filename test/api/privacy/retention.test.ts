import { runTick } from '../../../cloud/scheduler/tick';
import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import fs from 'node:fs';
import path from 'node:path';
import { createEvent, signUp } from '../../support/events-fixtures';
import { fileRequest, newRid, storedPhoto, userId } from '../../support/requests-fixtures';
import { bookingInput, createRoom, hm, requestId } from '../../support/venues';

jest.setTimeout(120_000);

const DAY = 86_400_000;

/** docs/PRIVACY.md "How long it is kept": messages a year, replay keys 30 days, deleted by the tick in bounded batches. */
describe.each(dialectsUnderTest())('retention, on %s', (dialect) => {
  let app: TestApp;
  let uid: number;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    uid = await userId(app, 'demo-resident');
  });
  afterAll(() => app.close());

  const ago = (days: number) => new Date(app.clock.now().getTime() - days * DAY).toISOString();
  const count = async (t: 'notifications' | 'idempotency_keys') =>
    Number((await app.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', uid).executeTakeFirstOrThrow()).n);

  it('deletes messages older than a year and replay keys older than 30 days, 200 of each a tick, and nothing younger', async () => {
    const message = (createdAt: string, i: number) => ({ user_id: uid, kind: 'test.old', title: `旧消息${i}`, body: '内容', page: null, status: 'sent' as const, lease_until: null, attempts: 1, error: null, created_at: createdAt, sent_at: createdAt, read_at: null });
    await app.db.insertInto('notifications').values(Array.from({ length: 250 }, (_, i) => message(ago(366 + i), i))).execute();
    await app.db.insertInto('notifications').values([message(ago(364), 999)]).execute();
    const key = (createdAt: string, i: number) => ({ user_id: uid, request_id: `retention-${i}`, action: 'requests.create', result: '{}', created_at: createdAt });
    await app.db.insertInto('idempotency_keys').values([key(ago(31), 1), key(ago(45), 2), key(ago(29), 3)]).execute();

    expect(await runTick(app.rt)).toMatchObject({ 'privacy-retention': 202 });
    expect(await count('notifications')).toBe(51);
    expect(await count('idempotency_keys')).toBe(1);
    expect(await runTick(app.rt)).toMatchObject({ 'privacy-retention': 50 });
    const left = await app.db.selectFrom('notifications').select('title').where('user_id', '=', uid).execute();
    expect(left).toEqual([{ title: '旧消息999' }]);
    expect(await app.db.selectFrom('idempotency_keys').select('request_id').where('user_id', '=', uid).execute()).toEqual([{ request_id: 'retention-3' }]);
  });

  it('strips the personal fields of records that ended more than 3 years ago, keeps their counts, and leaves younger ones alone', async () => {
    const room = await createRoom(app, { name: '留存测试室' });
    const booked = await app.ok('demo-resident', 'bookings.create', bookingInput(room.id, '2026-11-26', hm(18), hm(19)), requestId());
    const photo = storedPhoto(app);
    const withdrawn = await fileRequest(app, 'demo-resident', { photos: [photo] });
    await app.ok('demo-resident', 'requests.withdraw', { id: withdrawn.id }, newRid());
    const past = await createEvent(app, { title: '留存测试活动' });
    expect((await signUp(app, 'demo-resident', past)).ok).toBe(true);
    await app.db.updateTable('event_signups').set({ rating: 5, rating_comment: '很好' }).where('event_id', '=', past).execute();
    await app.db.updateTable('audit_log').set({ note: '理由' }).where('entity_id', '=', withdrawn.id).execute();
    const requestsBefore = await app.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();

    app.clock.advance(3 * 365 * 24 * 60 - 60 * 24 * 7); // a week short of 3 years: nothing is old enough yet
    await runTick(app.rt);
    expect(await app.db.selectFrom('venue_bookings').select('person_name').where('id', '=', booked.id).executeTakeFirstOrThrow()).toEqual({ person_name: '王秀兰' });

    app.clock.advance(60 * 24 * 14); // now past 3 years after each ended
    const fresh = await fileRequest(app, 'demo-resident', { description: '三年后新提交的暖心事，描述要保留' });
    await app.ok('demo-resident', 'requests.withdraw', { id: fresh.id }, newRid());
    for (let tick = 0; tick < 5; tick++) await runTick(app.rt); // the demo data's old records drain in batches too

    expect(await app.db.selectFrom('venue_bookings').select(['status', 'person_name', 'person_phone', 'purpose', 'headcount']).where('id', '=', booked.id).executeTakeFirstOrThrow()).toEqual({
      status: 'no_show', // nobody checked in, 3 years ago
      person_name: '',
      person_phone: '',
      purpose: '',
      headcount: 12,
    });
    expect(await app.db.selectFrom('requests').select(['status', 'description', 'address', 'phone', 'photos']).where('id', '=', withdrawn.id).executeTakeFirstOrThrow()).toEqual({
      status: 'withdrawn',
      description: '',
      address: '',
      phone: '',
      photos: '[]',
    });
    expect(fs.existsSync(path.join(app.platform.storage.dir, photo.replace(/^local:/, '')))).toBe(false);
    expect(await app.db.selectFrom('event_signups').select(['rating', 'rating_comment']).where('event_id', '=', past).executeTakeFirstOrThrow()).toEqual({ rating: 5, rating_comment: null });
    expect(await app.db.selectFrom('audit_log').select('note').where('entity_id', '=', withdrawn.id).where('note', 'is not', null).execute()).toEqual([]);
    const requestsAfter = await app.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(requestsAfter.n)).toBe(Number(requestsBefore.n) + 1);
    expect((await app.db.selectFrom('requests').select('description').where('id', '=', fresh.id).executeTakeFirstOrThrow()).description).toBe('三年后新提交的暖心事，描述要保留');
  });

  it('forgets the name and number of a person without the app 3 years after their last 暖心事 ended, not while one is open', async () => {
    const community = await app.db.selectFrom('communities').select('id').where('name', '=', '达尔罕社区').executeTakeFirstOrThrow();
    const fileFor = (personName: string, phone: string) =>
      app.ok('demo-staff', 'requests.fileFor', { communityId: community.id, source: 'hotline', kind: 'person', personName, phone, category: '家政维修', description: '96118热线来电：家里水管漏水，需要上门维修', address: '达尔罕小区4号楼2单元102', preferredTime: '尽快', photos: [] }, newRid());
    const done = await fileFor('白秀英', '13847703001');
    const open = await fileFor('高玉兰', '13847703002');
    // The first was done and rated by phone long ago (as far as retention can tell); the second still waits.
    await app.db.updateTable('requests').set({ status: 'rated', status_since: app.clock.now().toISOString() }).where('id', '=', done.id).execute();
    const records = async () =>
      app.db.selectFrom('users').select(['name', 'phone']).where('id', 'in', await app.db.selectFrom('requests').select('resident_id').where('id', 'in', [done.id, open.id]).orderBy('id').execute().then((r) => r.map((x) => x.resident_id))).orderBy('id').execute();

    app.clock.advance(3 * 365 * 24 * 60 + 60 * 24 * 14);
    for (let tick = 0; tick < 5; tick++) await runTick(app.rt);
    expect(await records()).toEqual([
      { name: '', phone: '' },
      { name: '高玉兰', phone: '13847703002' },
    ]);
    expect(await app.ok('demo-staff', 'people.residents', { communityId: community.id, keyword: '13847703001' })).toEqual([]);
    expect((await app.db.selectFrom('requests').select('status').where('id', '=', done.id).executeTakeFirstOrThrow()).status).toBe('rated');
  });
});

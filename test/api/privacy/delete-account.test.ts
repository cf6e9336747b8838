import fs from 'node:fs';
import path from 'node:path';
import { createTestApp, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { counters, createEvent, rid, signUp, statusOf } from '../../support/events-fixtures';
import { fileRequest, newRid, person, standardUnits, storedPhoto, userId, type Units } from '../../support/requests-fixtures';
import { bookingInput, createRoom, hm, requestId } from '../../support/venues';

jest.setTimeout(120_000);

/**
 * privacy.deleteAccount (PIPL): open sign-ups and bookings are cancelled as ordinary cancellations (the waitlist moves
 * up), open 暖心事 withdrawn, kept records stripped of personal data with their counts intact, and the same openid
 * starts afresh.
 */
describe.each(dialectsUnderTest())('deleting one’s account, on %s', (dialect) => {
  let app: TestApp;
  let units: Units;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    units = await standardUnits(app);
  });
  afterAll(() => app.close());

  const DELETE = { confirm: true } as const;
  const localFile = (fileId: string) => path.join(app.platform.storage.dir, fileId.replace(/^local:/, ''));

  it('gives the seat to the waitlist, cancels bookings, withdraws open requests, strips kept records, and starts afresh', async () => {
    const me = 'deleter-1';
    const myId = await person(app, me, 'resident', { communityId: units.place.communityId, name: '注销者', phone: '13900000077' });
    await app.ok(me, 'me.update', { address: '达尔罕小区9号楼1单元101' });
    const waiting = 'waiting-1';
    await person(app, waiting, 'resident', { communityId: units.place.communityId, name: '候补者' });

    // A full event: the deleter holds its one seat, another resident waits.
    const full = await createEvent(app, { capacity: 1 });
    expect((await signUp(app, me, full)).ok).toBe(true);
    expect((await signUp(app, waiting, full, { waitlist: true })).ok).toBe(true);
    expect(await statusOf(app, full, waiting)).toBe('waitlisted');
    // An ended event they rated with a comment.
    const past = await createEvent(app, { title: '往期活动' });
    expect((await signUp(app, me, past)).ok).toBe(true);
    await app.db.updateTable('events').set({ starts_at: '2026-11-20T11:00:00.000Z', ends_at: '2026-11-20T13:00:00.000Z' }).where('id', '=', past).execute();
    await app.db.updateTable('event_signups').set({ rating: 5, rating_comment: '王阿姨组织得真好', rated_at: '2026-11-20T14:00:00.000Z' }).where('event_id', '=', past).execute();

    // A room booking tomorrow evening, with a contact name and phone.
    const room = await createRoom(app);
    const booking = await app.ok(me, 'bookings.create', bookingInput(room.id, '2026-11-26', hm(18), hm(19), { contactName: '注销者', contactPhone: '13900000077' }), requestId());

    // An open request with a photo, and one done and rated with a comment.
    const photo = storedPhoto(app);
    const open = await fileRequest(app, me, { photos: [photo] });
    const done = await fileRequest(app, me, { category: '家政维修', description: '厨房水龙头漏水，需要上门维修一下' });
    await app.ok('demo-staff', 'requests.dispatch', { id: done.id, unitId: units.repair }, newRid());
    await app.ok('handler-repair', 'requests.accept', { id: done.id }, newRid());
    const workPhoto = storedPhoto(app);
    await app.ok('handler-repair', 'requests.complete', { id: done.id, note: '已更换水龙头阀芯', photos: [workPhoto] }, newRid());
    await app.ok(me, 'requests.rate', { id: done.id, stars: 4, comment: '师傅很耐心', resolved: 'resolved' }, newRid());
    const requestsBefore = await app.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();

    const checkedPhotos = await app.db.selectFrom('request_photos').select('file_id').where('request_id', 'in', [open.id, done.id]).orderBy('id').execute();
    expect(checkedPhotos.map((p) => p.file_id)).toEqual([photo, workPhoto]);
    // A subscribe credit: what they allowed us to push goes with them.
    await app.db.insertInto('subscribe_credits').values({ user_id: myId, template_id: 'tmpl-event', remaining: 2, pushed: 0, updated_at: '2026-11-25T02:00:00.000Z' }).execute();
    const res = await app.ok(me, 'privacy.deleteAccount', DELETE, rid());
    expect(res).toEqual({ cancelledSignups: 1, cancelledBookings: 1, withdrawnRequests: 1, handedBack: 0 });

    // The seat went to the waitlist, as after an ordinary cancellation, and the promoted resident was told.
    expect(await statusOf(app, full, waiting)).toBe('confirmed');
    expect(await counters(app, full)).toMatchObject({ taken: 1, waiting: 0, confirmedSeats: 1, waitlistedRows: 0 });
    const told = await app.ok(waiting, 'messages.list', {});
    expect(told.items.map((m) => m.title)).toContain('候补成功');
    // The ended event keeps the score, not the comment.
    const rated = await app.db.selectFrom('event_signups').select(['status', 'rating', 'rating_comment']).where('event_id', '=', past).where('user_id', '=', myId).executeTakeFirstOrThrow();
    expect(rated).toEqual({ status: 'confirmed', rating: 5, rating_comment: null });

    const b = await app.db.selectFrom('venue_bookings').select(['status', 'person_name', 'person_phone', 'purpose', 'headcount']).where('id', '=', booking.id).executeTakeFirstOrThrow();
    expect(b).toEqual({ status: 'cancelled', person_name: '', person_phone: '', purpose: '', headcount: 12 });

    const reqs = await app.db.selectFrom('requests').select(['id', 'status', 'description', 'address', 'phone', 'preferred_time', 'photos', 'category']).where('resident_id', '=', myId).orderBy('id').execute();
    expect(reqs).toEqual([
      { id: open.id, status: 'withdrawn', description: '', address: '', phone: '', preferred_time: '', photos: '[]', category: '邻里调解' },
      { id: done.id, status: 'rated', description: '', address: '', phone: '', preferred_time: '', photos: '[]', category: '家政维修' },
    ]);
    const steps = await app.db.selectFrom('request_steps').select(['note', 'photos']).where('request_id', 'in', [open.id, done.id]).execute();
    expect(steps.every((s) => s.note === null && s.photos === null)).toBe(true);
    expect(await app.db.selectFrom('request_photos').select('file_id').where('request_id', 'in', [open.id, done.id]).execute()).toEqual([]);
    const rating = await app.db.selectFrom('request_ratings').select(['stars', 'comment']).where('request_id', '=', done.id).executeTakeFirstOrThrow();
    expect(rating).toEqual({ stars: 4, comment: '' });
    const requestsAfter = await app.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(requestsAfter.n)).toBe(Number(requestsBefore.n));
    expect(fs.existsSync(localFile(photo))).toBe(false);
    expect(fs.existsSync(localFile(workPhoto))).toBe(false);

    // The row stays for the records, but is nobody; messages, subscribe credits and replay keys are gone.
    const row = await app.db.selectFrom('users').selectAll().where('id', '=', myId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ openid: `erased:${myId}`, role: 'resident', name: '', phone: '', address: '', community_id: null });
    const mine = (t: 'notifications' | 'idempotency_keys' | 'subscribe_credits') => app.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', myId).executeTakeFirstOrThrow();
    expect(Number((await mine('notifications')).n)).toBe(0);
    expect(Number((await mine('idempotency_keys')).n)).toBe(0);
    expect(Number((await mine('subscribe_credits')).n)).toBe(0);
    const audit = await app.db.selectFrom('audit_log').select('note').where('actor_id', '=', myId).where('note', 'is not', null).execute();
    expect(audit).toEqual([]);

    // The same WeChat account now starts a new, empty profile.
    const fresh = await app.ok(me, 'me.get', {});
    expect(fresh.id).not.toBe(myId);
    expect(fresh).toMatchObject({ role: 'resident', name: '', phone: '', address: '', community: null });
    expect(await app.ok(me, 'requests.mine', {})).toEqual([]);
  });

  it('hands back what a handler had taken on and ends their unit membership', async () => {
    const helper = 'deleter-handler';
    const helperId = await person(app, helper, 'handler', { communityId: units.place.communityId, name: '志愿者甲' });
    await app.db.insertInto('handler_members').values({ unit_id: units.repair, user_id: helperId }).execute();
    const req = await fileRequest(app, 'demo-resident', { category: '家政维修', description: '楼道灯坏了好几天，晚上出入不方便' });
    await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: units.repair }, newRid());
    await app.ok(helper, 'requests.accept', { id: req.id }, newRid());

    const res = await app.ok(helper, 'privacy.deleteAccount', DELETE, rid());
    expect(res).toMatchObject({ handedBack: 1, withdrawnRequests: 0 });
    const back = await app.db.selectFrom('requests').select(['status', 'handler_id', 'unit_id']).where('id', '=', req.id).executeTakeFirstOrThrow();
    expect(back).toEqual({ status: 'pending', handler_id: null, unit_id: null });
    const memberships = await app.db.selectFrom('handler_members').select('unit_id').where('user_id', '=', helperId).execute();
    expect(memberships).toEqual([]);
    const staffInbox = await app.ok('demo-staff', 'messages.list', {});
    expect(staffInbox.items.map((m) => m.body)).toContain('「家政维修」：处理人已注销账号');
  });

  it('withdraws a request a handler had already accepted', async () => {
    const me = 'deleter-accepted';
    await person(app, me, 'resident', { communityId: units.place.communityId, name: '注销者乙' });
    const req = await fileRequest(app, me, { category: '家政维修', description: '暖气片漏水，地板都湿了需要维修' });
    await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: units.repair }, newRid());
    await app.ok('handler-repair', 'requests.accept', { id: req.id }, newRid());
    expect(await app.ok(me, 'privacy.deleteAccount', DELETE, rid())).toMatchObject({ withdrawnRequests: 1 });
    const row = await app.db.selectFrom('requests').select('status').where('id', '=', req.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('withdrawn');
    const inbox = await app.ok('handler-repair', 'messages.list', {});
    expect(inbox.items.map((m) => m.body)).toContain('「家政维修」：居民已注销账号');
  });

  it('is refused without the confirmation, and to workers and admins, with nothing changed', async () => {
    const me = 'deleter-unsure';
    await person(app, me, 'resident', { communityId: units.place.communityId, name: '犹豫者' });
    const before = await snapshot(app.db);
    const unconfirmed = await app.call(me, 'privacy.deleteAccount', {}, rid());
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const declined = await app.call(me, 'privacy.deleteAccount', { confirm: false }, rid());
    expect(declined).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '请先确认注销账号' } });
    for (const staff of ['demo-staff', 'demo-admin']) {
      expect(await app.call(staff, 'privacy.deleteAccount', DELETE, rid())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await snapshot(app.db)).toEqual(before);
    expect(await userId(app, me)).toBeGreaterThan(0);
  });
});

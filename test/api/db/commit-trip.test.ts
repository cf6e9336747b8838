import { sql } from 'kysely';
import { batchAndCommit } from '../../../cloud/db/batch';
import { inTransaction } from '../../../cloud/db/tx';
import { signUpTrip, type SignUpTrip, type SignUpTripRow } from '../../../cloud/features/events/data/sign-up-trip';
import { createTestApp, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { addResidents, counters, createEvent, rid, signUp } from '../../support/events-fixtures';

/**
 * MySQL only: a batch that ends in COMMIT (cloud/db/batch.ts `batchAndCommit`), and a newcomer's sign-up sent that way
 * (cloud/features/events/data/sign-up-trip.ts), whose every decision is made in SQL from what the statements before it did.
 */
describe.each(dialectsUnderTest())('%s: batchAndCommit elsewhere', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  });
  afterAll(() => app.close());

  it('refuses outside a MySQL transaction (on SQLite a transaction commits as a whole, in its group)', async () => {
    const select = sql`select 1`.compile(app.db);
    await expect(batchAndCommit(app.db, [select])).rejects.toThrow('only inside a MySQL transaction');
    if (dialect === 'sqlite') await expect(inTransaction(app.db, (trx) => batchAndCommit(trx, [select]))).rejects.toThrow('only inside a MySQL transaction');
  });
});

// MySQL only below (no empty describe where the API tier runs on SQLite alone).
for (const dialect of dialectsUnderTest().filter((d) => d === 'mysql')) describe(`one round trip to COMMIT on ${dialect}`, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  });
  afterAll(() => app.close());

  const lockVersion = async (eventId: number) =>
    Number((await app.db.selectFrom('events').select('lock_version').where('id', '=', eventId).executeTakeFirstOrThrow()).lock_version);

  it('commits with its statements; the transaction takes nothing more; a failing statement rolls everything back', async () => {
    const eventId = await createEvent(app, { capacity: 5 });
    const bump = sql`update events set lock_version = lock_version + 1 where id = ${eventId}`;
    await expect(
      inTransaction(app.db, async (trx) => {
        const [update, read] = await batchAndCommit(trx, [bump.compile(trx), sql`select lock_version from events where id = ${eventId}`.compile(trx)]);
        expect(Number(update.numAffectedRows)).toBe(1);
        expect(read.rows).toEqual([{ lock_version: 1 }]);
        await sql`select 1`.execute(trx);
      }),
    ).rejects.toThrow('already committed');
    expect(await lockVersion(eventId)).toBe(1); // committed by the batch, whatever came after

    await expect(inTransaction(app.db, (trx) => batchAndCommit(trx, [bump.compile(trx), sql`select * from no_such_table`.compile(trx)]))).rejects.toThrow();
    expect(await lockVersion(eventId)).toBe(1);
  });

  async function tripWithKey(eventId: number, openid: string, change: Partial<SignUpTrip>) {
    const user = await app.db.selectFrom('users').select('id').where('openid', '=', openid).executeTakeFirstOrThrow();
    const key = { userId: user.id, requestId: rid() };
    const e = await app.db.selectFrom('events').select('community_id').where('id', '=', eventId).executeTakeFirstOrThrow();
    const trip: SignUpTrip = { eventId, userId: user.id, partySize: 1, communityId: e.community_id, at: app.clock.now().toISOString(), trySeat: true, waitlist: true, key, ...change };
    const before = await snapshot(app.db);
    const row = await inTransaction(app.db, async (trx) => {
      await trx.insertInto('idempotency_keys').values({ user_id: key.userId, request_id: key.requestId, action: 'events.signUp', result: null, created_at: trip.at }).execute();
      const results = await batchAndCommit(trx, signUpTrip(trip));
      return results[results.length - 1].rows[0] as SignUpTripRow;
    });
    const kept = await app.db.selectFrom('idempotency_keys').select('result').where('user_id', '=', key.userId).where('request_id', '=', key.requestId).executeTakeFirst();
    return { row, kept: kept ? JSON.parse(kept.result ?? 'null') : undefined, before };
  }

  it('a seat: the sign-up, its audit row and the result the key keeps, from one trip', async () => {
    const eventId = await createEvent(app, { capacity: 2 });
    const [resident] = await addResidents(app, 1);
    const { row, kept } = await tripWithKey(eventId, resident, {});
    expect(kept).toEqual({ signupId: Number(row.signup_id), status: 'confirmed', position: null, arrival: 1 });
    expect(await counters(app, eventId)).toMatchObject({ taken: 1, waiting: 0, seq: 1, confirmedSeats: 1 });
    const trail = await app.db.selectFrom('audit_log').select(['action', 'to_state', 'note']).where('entity', '=', 'event_signup').where('entity_id', '=', Number(row.signup_id)).execute();
    expect(trail).toEqual([{ action: 'signUp', to_state: 'confirmed', note: 'arrival 1, party 1' }]);
  });

  it('no seat any more: the end of the line, numbered, with the line’s length as the place', async () => {
    const eventId = await createEvent(app, { capacity: 1 });
    const [first, second] = await addResidents(app, 2);
    expect(await signUp(app, first, eventId)).toMatchObject({ ok: true });
    const { row, kept } = await tripWithKey(eventId, second, { trySeat: true });
    expect(kept).toEqual({ signupId: Number(row.signup_id), status: 'waitlisted', position: 1, arrival: 2 });
    expect(await counters(app, eventId)).toMatchObject({ taken: 1, waiting: 1, seq: 2, waitlistedRows: 1 });
  });

  it.each([
    ['the seats went since the read and the caller would not wait', { capacity: 1, cancel: false }, { waitlist: false }, 'active'],
    ['the event was cancelled since the read', { capacity: 5, cancel: true }, { waitlist: true }, 'cancelled'],
  ])('%s: nothing changes and the key goes, as a rollback would', async (_, setup, change, status) => {
    const eventId = await createEvent(app, { capacity: setup.capacity });
    const [first, second] = await addResidents(app, 2);
    if (setup.cancel) await app.db.updateTable('events').set({ status: 'cancelled' }).where('id', '=', eventId).execute();
    else expect(await signUp(app, first, eventId)).toMatchObject({ ok: true });
    const { row, kept, before } = await tripWithKey(eventId, second, change);
    expect(row).toMatchObject({ signup_id: null, status });
    expect(kept).toBeUndefined();
    expect(await snapshot(app.db)).toEqual(before);
  });
});

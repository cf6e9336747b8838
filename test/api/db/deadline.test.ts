import { sql } from 'kysely';
import { deadlineAfter, monotonicMs } from '../../../cloud/platform/clock';
import { dispatch } from '../../../cloud/router/router';
import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { addResidents, counters, createEvent, rid } from '../../support/events-fixtures';
import { snapshot } from '../../support/api-app';
import { audit, auditTrail } from '../../../cloud/db/audit';
import { batch, deferWrite } from '../../../cloud/db/batch';
import { inTransaction } from '../../../cloud/db/tx';
import type { AllHandlers } from '../../../cloud/core/handler';

/**
 * Fewer round trips under a hot row's lock, on both dialects (on SQLite the statements simply run in turn); and a call waits for a row lock no longer than its deadline (the function's time limit): it answers 「人多，请稍后再试」
 * having changed nothing, and the next one goes through. MySQL only: SQLite has one writer in-process and no lock waits.
 */
describe.each(dialectsUnderTest())('%s: batch and deferWrite (cloud/db/batch.ts)', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  });
  afterAll(() => app.close());

  it('answers each statement of a batch in order; a deferred write is in place before the next statement and commits with it', async () => {
    const eventId = await createEvent(app, { capacity: 5 });
    const seen = await inTransaction(app.db, async (trx) => {
      const [update, read] = await batch(trx, [
        trx.updateTable('events').set((eb) => ({ lock_version: eb('lock_version', '+', 1) })).where('id', '=', eventId),
        trx.selectFrom('events').select('lock_version').where('id', '=', eventId),
      ]);
      expect(Number(update.numAffectedRows)).toBe(1);
      expect(read.rows).toEqual([{ lock_version: 1 }]);
      await audit(trx, { entity: 'batch-test', entityId: eventId, action: 'touch', from: null, to: null, actorId: null, at: app.clock.now() });
      return (await auditTrail(trx, 'batch-test', eventId)).length;
    });
    expect(seen).toBe(1);
    expect(await auditTrail(app.db, 'batch-test', eventId)).toHaveLength(1);
  });

  const lockVersion = async (eventId: number) =>
    (await app.db.selectFrom('events').select('lock_version').where('id', '=', eventId).executeTakeFirstOrThrow()).lock_version;

  it('a deferred write that fails keeps the transaction from committing (on MySQL it is deferred to COMMIT; on SQLite it runs at once)', async () => {
    const eventId = await createEvent(app, { capacity: 5 });
    const key = { user_id: 1, request_id: rid(), action: 'test', result: null, created_at: app.clock.now().toISOString() };
    await app.db.insertInto('idempotency_keys').values(key).execute();
    const before = await lockVersion(eventId);
    await expect(
      inTransaction(app.db, async (trx) => {
        await trx.updateTable('events').set((eb) => ({ lock_version: eb('lock_version', '+', 1) })).where('id', '=', eventId).execute();
        await deferWrite(trx, trx.insertInto('idempotency_keys').values(key)); // the same key again: a unique violation
      }),
    ).rejects.toThrow();
    expect(await lockVersion(eventId)).toBe(before);
  });
});

// MySQL only (no empty describe.each where the API tier runs on SQLite alone).
for (const dialect of dialectsUnderTest().filter((d) => d === 'mysql')) describe(`deferred writes and a call over its deadline on ${dialect}`, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  });
  afterAll(() => app.close());

  it('gives up waiting for the event row at its deadline, changes nothing, and the next call signs up', async () => {
    const eventId = await createEvent(app, { capacity: 5 });
    const [resident] = await addResidents(app, 1);
    const before = await snapshot(app.db);
    // Another instance holds the event row (as a sign-up mid-transaction would) on its own connection.
    const holder = await app.db.connection().execute(async (conn) => {
      await sql`begin`.execute(conn);
      await sql`update events set lock_version = lock_version + 1 where id = ${eventId}`.execute(conn);
      const started = monotonicMs();
      const answer = await dispatch(
        app.rt,
        { action: 'events.signUp', payload: { eventId }, requestId: rid() },
        { devOpenId: resident, deadline: deadlineAfter(started, 1_200) },
      );
      const waited = monotonicMs() - started;
      await sql`rollback`.execute(conn);
      return { answer, waited };
    });
    expect(holder.answer).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: '人多，请稍后再试' } });
    // innodb_lock_wait_timeout is whole seconds: 1 s for a call with 1.2 s left, not the server's 50 s.
    expect(holder.waited).toBeLessThan(5_000);
    expect(await snapshot(app.db)).toEqual(before);

    expect(await app.call(resident, 'events.signUp', { eventId }, rid())).toMatchObject({ ok: true, data: { status: 'confirmed' } });
    expect(await counters(app, eventId)).toMatchObject({ taken: 1 });
  });

  it('turns a call away at once when its deadline has passed before it got a connection', async () => {
    const eventId = await createEvent(app, { capacity: 5 });
    const [resident] = await addResidents(app, 1);
    const before = await snapshot(app.db);
    const answer = await dispatch(app.rt, { action: 'events.signUp', payload: { eventId }, requestId: rid() }, { devOpenId: resident, deadline: deadlineAfter(monotonicMs(), -1) });
    expect(answer).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: '人多，请稍后再试' } });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('answers a change that committed with its screen even when the deadline passes meanwhile (「人多」 would say nothing changed)', async () => {
    const eventId = await createEvent(app, { capacity: 5 });
    const [resident] = await addResidents(app, 1);
    let expired = false;
    const original = app.rt.handlers['events.signUp'] as Exclude<AllHandlers['events.signUp'], (...args: never[]) => unknown>;
    const handlers = { ...app.rt.handlers, 'events.signUp': { ...original, write: async (...args: Parameters<typeof original.write>) => {
      const outcome = await original.write(...args);
      expired = true; // the time runs out between the change and the read of the screen
      return outcome;
    } } };
    const deadline = { remainingMs: () => (expired ? -1 : 60_000) };
    const answer = await dispatch({ ...app.rt, handlers }, { action: 'events.signUp', payload: { eventId }, requestId: rid() }, { devOpenId: resident, deadline });
    expect(answer).toMatchObject({ ok: true, data: { status: 'confirmed', event: { id: eventId, mine: 'confirmed' } } });
    expect(await counters(app, eventId)).toMatchObject({ taken: 1 });
  });
});

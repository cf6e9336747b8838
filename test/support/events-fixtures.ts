import crypto from 'node:crypto';
import type { ActionInput } from '../../types';
import type { TestApp } from './api-app';

/** Builders for the events suites. The default clock is 2026-11-25 10:00 Shanghai (a Wednesday). */

export async function communityId(app: TestApp, name = '达尔罕社区'): Promise<number> {
  return (await app.db.selectFrom('communities').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

/** A valid create input: 11月28日 周六 19:00–21:00, 20 seats, sign-up open now until the start. */
export function eventInput(community: number, change: Partial<ActionInput<'events.create'>> = {}): ActionInput<'events.create'> {
  return {
    communityId: community,
    title: '社区文艺排练',
    category: 'culture',
    description: '老年合唱队排练，欢迎居民参加',
    organizer: '达尔罕社区老年协会',
    place: '党群服务中心排练室',
    startsAt: '2026-11-28T19:00:00+08:00',
    endsAt: '2026-11-28T21:00:00+08:00',
    capacity: 20,
    ...change,
  };
}

export const rid = () => `t${crypto.randomBytes(8).toString('hex')}`;

/** Creates an event as the seeded worker and returns its id. */
export async function createEvent(app: TestApp, change: Partial<ActionInput<'events.create'>> = {}): Promise<number> {
  const res = await app.ok('demo-staff', 'events.create', eventInput(await communityId(app), change), rid());
  return res.eventIds[0];
}

/** Residents of a community, written straight into the table (many at once); returns their openids in order. */
export async function addResidents(app: TestApp, count: number, community?: number): Promise<string[]> {
  const tag = crypto.randomBytes(3).toString('hex');
  const home = community ?? (await communityId(app));
  const at = app.clock.now().toISOString();
  const openids = Array.from({ length: count }, (_, i) => `r-${tag}-${i + 1}`);
  for (let i = 0; i < openids.length; i += 200) {
    await app.db
      .insertInto('users')
      .values(
        openids.slice(i, i + 200).map((openid, j) => ({
          openid,
          role: 'resident' as const,
          name: `居民${i + j + 1}`,
          phone: `139${String(i + j + 1).padStart(8, '0')}`,
          address: '',
          community_id: home,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
  }
  return openids;
}

export const signUp = (app: TestApp, openid: string, eventId: number, change: Partial<ActionInput<'events.signUp'>> = {}) =>
  app.call(openid, 'events.signUp', { eventId, ...change }, rid());

export async function counters(app: TestApp, eventId: number) {
  const e = await app.db.selectFrom('events').select(['capacity', 'taken', 'waiting', 'seq']).where('id', '=', eventId).executeTakeFirstOrThrow();
  const rows = await app.db.selectFrom('event_signups').select(['status', 'party_size']).where('event_id', '=', eventId).execute();
  return {
    ...e,
    confirmedSeats: rows.filter((r) => r.status === 'confirmed').reduce((n, r) => n + r.party_size, 0),
    waitlistedRows: rows.filter((r) => r.status === 'waitlisted').length,
  };
}

export async function statusOf(app: TestApp, eventId: number, openid: string): Promise<string | null> {
  const row = await app.db
    .selectFrom('event_signups')
    .innerJoin('users', 'users.id', 'event_signups.user_id')
    .select('event_signups.status')
    .where('event_id', '=', eventId)
    .where('users.openid', '=', openid)
    .executeTakeFirst();
  return row?.status ?? null;
}

/** An update input: the create input's fields without the community, for event `id`. */
export function updateInput(community: number, id: number, change: Partial<ActionInput<'events.create'>> = {}, scope: 'one' | 'future' = 'one'): ActionInput<'events.update'> {
  const { communityId: _c, recurrence: _r, ...fields } = eventInput(community, change);
  return { ...fields, id, scope };
}

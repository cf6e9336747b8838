import type { RequestAction } from '../../../../types/requests';
import type { Db } from '../../../db/tx';
import { localDate, toInstant } from '../../../lib/time';
import { offlineOpenid } from '../../../core/offline-people';
import { DEMO_COMMUNITY } from '../../../core/places';
import { ratingNote, ratingSummary, recordRating } from '../data/ratings';
import { openRequest, takeStep } from '../data/transition';
import { flagOverdue } from '../jobs';
import { SEED_HANDLERS, SEED_RESIDENTS, SEED_UNITS } from './data';
import { SEED_STORIES, type SeedStep } from './stories';

const HOUR = 3600_000;

/**
 * Demo 暖心事 for 达尔罕社区: handler units with members (demo-handler among them), and requests in every state,
 * played through the real state machine with past timestamps so that the queue, the timelines and this month's
 * statistics show real figures. Then the 24 h rules are applied once.
 */
export async function seedRequests(db: Db, now: Date): Promise<void> {
  const at = now.toISOString();
  const community = await db.selectFrom('communities').select(['id', 'street_id']).where('name', '=', DEMO_COMMUNITY).executeTakeFirstOrThrow();
  for (const h of SEED_HANDLERS) {
    await db.insertInto('users').values({ ...h, role: 'handler', address: '', community_id: null, created_at: at, updated_at: at }).execute();
  }
  for (const r of SEED_RESIDENTS) {
    await db.insertInto('users').values({ ...r, role: 'resident', community_id: community.id, created_at: at, updated_at: at }).execute();
  }
  const people = new Map((await db.selectFrom('users').select(['id', 'openid', 'phone', 'address']).execute()).map((u) => [u.openid, u]));
  const userId = (openid: string) => people.get(openid)!.id;

  const streets = new Map((await db.selectFrom('streets').select(['id', 'name']).execute()).map((s) => [s.name, s.id]));
  const communities = new Map((await db.selectFrom('communities').select(['id', 'name']).execute()).map((c) => [c.name, c.id]));
  const units = new Map<string, number>();
  for (const u of SEED_UNITS) {
    const res = await db
      .insertInto('handler_units')
      .values({
        name: u.name,
        kind: u.kind,
        street_id: streets.get(u.street)!,
        community_id: u.community ? communities.get(u.community)! : null,
        categories: JSON.stringify(u.categories),
        phone: u.phone,
        active: 1,
        created_at: at,
      })
      .executeTakeFirstOrThrow();
    units.set(u.key, Number(res.insertId));
    for (const m of u.members) await db.insertInto('handler_members').values({ unit_id: Number(res.insertId), user_id: userId(m) }).execute();
  }

  // Stories of the month fit into the month so far, whatever day it is; open items keep their real age.
  const monthStart = toInstant(`${localDate(now).slice(0, 7)}-01`).getTime();
  const room = Math.max(now.getTime() - monthStart - HOUR, HOUR);
  const worker = userId('demo-staff');
  for (const story of SEED_STORIES) {
    const scale = story.fixedAge ? 1 : Math.min(1, room / (story.hoursAgo * HOUR));
    let t = now.getTime() - story.hoursAgo * HOUR * scale;
    const f = story.filed;
    const resident = f?.person ? await offlinePerson(db, community.id, f.person, at) : people.get(story.who)!;
    const { id } = await openRequest(db, {
      communityId: community.id,
      residentId: resident.id,
      category: story.category,
      description: story.text,
      address: f?.address ?? resident.address,
      phone: resident.phone,
      filed: f ? { by: userId(f.by), source: f.source, subject: f.kind } : undefined,
      preferredTime: story.preferredTime,
      photos: [],
      heldFor: story.held ?? null,
      at: new Date(t),
    });
    for (const step of story.steps) {
      t += step.after * HOUR * scale;
      // A person without the app rates by phone: the worker records it (电话回访).
      const byPhone = f?.kind === 'person';
      await play(db, id, step, { at: new Date(t), worker, resident: resident.id, rater: byPhone ? worker : resident.id, byPhone, userId, unitId: (key) => units.get(key)! });
    }
  }
  await flagOverdue(db, now);
}

/** The record of a person without the app (core/offline-people.ts), as a worker's 代点单 makes it. */
async function offlinePerson(db: Db, communityId: number, p: { name: string; phone: string; address: string }, at: string) {
  const res = await db
    .insertInto('users')
    .values({ openid: offlineOpenid(), role: 'resident', name: p.name, phone: p.phone, address: '', community_id: communityId, created_at: at, updated_at: at })
    .executeTakeFirstOrThrow();
  return { id: Number(res.insertId), phone: p.phone, address: p.address };
}

interface Cast {
  at: Date;
  worker: number;
  resident: number;
  /** Who takes the resident's steps: the resident, or the worker who records a phone rating. */
  rater: number;
  byPhone: boolean;
  userId(openid: string): number;
  unitId(key: string): number;
}

async function play(db: Db, id: number, step: SeedStep, c: Cast): Promise<void> {
  const req = await db.selectFrom('requests').select(['id', 'status', 'version', 'round', 'community_id', 'unit_id', 'handler_id']).where('id', '=', id).executeTakeFirstOrThrow();
  const base = { req, at: c.at };
  switch (step.do) {
    case 'dispatch':
      return void (await takeStep(db, { ...base, action: 'dispatch', actorId: c.worker, unitId: c.unitId(step.unit), note: step.note }));
    case 'pool':
    case 'release':
      return void (await takeStep(db, { ...base, action: step.do, actorId: c.worker }));
    case 'claim':
    case 'accept':
      return void (await takeStep(db, { ...base, action: step.do, actorId: c.userId(step.by), unitId: step.unit ? c.unitId(step.unit) : req.unit_id }));
    case 'decline':
    case 'complete':
      return void (await takeStep(db, { ...base, action: step.do, actorId: c.userId(step.by), unitId: req.unit_id, note: step.note }));
    case 'withdraw':
      return void (await takeStep(db, { ...base, action: 'withdraw', actorId: c.resident, unitId: req.unit_id }));
    case 'rate': {
      const action: RequestAction = step.resolved === 'unresolved' ? 'reopen' : 'rate';
      const summary = ratingSummary(step.stars, step.resolved);
      await takeStep(db, { ...base, action, actorId: c.rater, unitId: req.unit_id, note: ratingNote(summary, c.byPhone) });
      await recordRating(db, req, {
        residentId: c.resident,
        recordedBy: c.byPhone ? c.rater : null,
        stars: step.stars,
        tags: step.tags,
        comment: step.comment ?? '',
        commentState: step.comment ? 'visible' : 'none',
        commentLabel: null,
        resolved: step.resolved,
        at: c.at,
      });
    }
  }
}


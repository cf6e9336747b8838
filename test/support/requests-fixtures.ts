import type { RequestCreate, RequestDetail, UnitKind } from '../../types';
import type { TestApp } from './api-app';

/** Handler units and people for the 暖心事 API tests (the base seed has places and the five demo people only). */

export interface Place {
  communityId: number;
  streetId: number;
  /** Another community of the same street (兴旺社区). */
  neighbourId: number;
}

export async function demoPlace(app: TestApp): Promise<Place> {
  const rows = await app.db.selectFrom('communities').select(['id', 'name', 'street_id']).where('name', 'in', ['达尔罕社区', '兴旺社区']).execute();
  const home = rows.find((r) => r.name === '达尔罕社区')!;
  const neighbour = rows.find((r) => r.name === '兴旺社区')!;
  return { communityId: home.id, streetId: home.street_id, neighbourId: neighbour.id };
}

/** A person with a role, created through the API as an admin would (a first call registers them). */
export async function person(app: TestApp, openid: string, role: 'resident' | 'handler' | 'worker', opts: { communityId?: number; name?: string; phone?: string } = {}): Promise<number> {
  const me = await app.ok(openid, 'me.get', {});
  if (opts.name || opts.communityId || opts.phone) {
    await app.ok(openid, 'me.update', { name: opts.name, communityId: opts.communityId, phone: opts.phone });
  }
  if (role !== 'resident') {
    await app.ok('demo-admin', 'people.setRole', { userId: me.id, role, communityIds: role === 'worker' ? [opts.communityId!] : undefined });
  }
  return me.id;
}

let residents = 0;
/** A new resident of 达尔罕社区 (each may have only so many open requests). */
export async function newResident(app: TestApp, name = '居民'): Promise<string> {
  const openid = `resident-${++residents}`;
  const { communityId } = await demoPlace(app);
  await person(app, openid, 'resident', { communityId, name: `${name}${residents}` });
  return openid;
}

export async function userId(app: TestApp, openid: string): Promise<number> {
  return (await app.db.selectFrom('users').select('id').where('openid', '=', openid).executeTakeFirstOrThrow()).id;
}

export async function addUnit(
  app: TestApp,
  u: { name: string; kind: UnitKind; streetId: number; communityId: number | null; categories: string[]; members: number[]; phone?: string },
): Promise<number> {
  const res = await app.db
    .insertInto('handler_units')
    .values({
      name: u.name,
      kind: u.kind,
      street_id: u.streetId,
      community_id: u.communityId,
      categories: JSON.stringify(u.categories),
      phone: u.phone ?? '',
      active: 1,
      created_at: app.clock.now().toISOString(),
    })
    .executeTakeFirstOrThrow();
  const id = Number(res.insertId);
  for (const m of u.members) await app.db.insertInto('handler_members').values({ unit_id: id, user_id: m }).execute();
  return id;
}

export interface Units {
  place: Place;
  /** 哈巴格希街道矛盾调解志愿服务队: street scope, 邻里调解 / 心理关爱; demo-handler is a member. */
  mediation: number;
  /** 达尔罕社区共建单位（供电所）: 家政维修; member handler-repair. */
  repair: number;
  /** A unit of another street, which must never see this community's requests. */
  elsewhere: number;
}

export async function standardUnits(app: TestApp): Promise<Units> {
  const place = await demoPlace(app);
  const demoHandler = await userId(app, 'demo-handler');
  const repairer = await person(app, 'handler-repair', 'handler', { name: '郝师傅' });
  const outsider = await person(app, 'handler-outsider', 'handler', { name: '外街道队员' });
  const otherStreet = await app.db.selectFrom('communities').select(['id', 'street_id']).where('name', '=', '兴盛园社区').executeTakeFirstOrThrow();
  return {
    place,
    mediation: await addUnit(app, {
      name: '哈巴格希街道矛盾调解志愿服务队',
      kind: 'volunteer',
      streetId: place.streetId,
      communityId: null,
      categories: ['邻里调解', '心理关爱'],
      members: [demoHandler],
    }),
    repair: await addUnit(app, {
      name: '康巴什供电共建服务队',
      kind: 'cobuild',
      streetId: place.streetId,
      communityId: place.communityId,
      categories: ['家政维修'],
      members: [repairer],
      phone: '0477-96118',
    }),
    elsewhere: await addUnit(app, {
      name: '工业街道96118民生服务队',
      kind: 'dept',
      streetId: otherStreet.street_id,
      communityId: otherStreet.id,
      categories: ['邻里调解', '家政维修'],
      members: [outsider],
    }),
  };
}

export const goodRequest = (over: Partial<RequestCreate> = {}): RequestCreate => ({
  category: '邻里调解',
  description: '楼上邻居装修噪音每天持续到晚上十点，希望社区帮忙协调一下',
  address: '达尔罕小区3号楼2单元501',
  phone: '13847701234',
  preferredTime: '工作日白天',
  photos: [],
  ...over,
});

let rid = 0;
/** A fresh requestId, as the client makes one per form submission. */
export const newRid = () => `test-${process.pid}-${++rid}`;

export async function fileRequest(app: TestApp, openid = 'demo-resident', over: Partial<RequestCreate> = {}): Promise<RequestDetail> {
  return app.ok(openid, 'requests.create', goodRequest(over), newRid());
}

/** A photo in the local store, as the host's /upload would leave it. */
export function storedPhoto(app: TestApp): string {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  return app.platform.storage.save(png, 'image/png')!;
}

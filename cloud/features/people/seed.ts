import type { Role } from '../../../types';
import type { Db } from '../../db/tx';
import { DEMO_COMMUNITY } from '../../core/places';
import { REGIONS } from './seed-regions';

export { DEMO_COMMUNITY };

/** The seeded openids of DESIGN.md; the local host's identity switcher offers them. */
export const DEMO_PEOPLE: { openid: string; role: Role; name: string; phone: string; address: string }[] = [
  { openid: 'demo-resident', role: 'resident', name: '王秀兰', phone: '13847701234', address: '达尔罕小区3号楼2单元501' },
  { openid: 'demo-resident-2', role: 'resident', name: '李建国', phone: '13947705678', address: '达尔罕小区7号楼1单元302' },
  { openid: 'demo-staff', role: 'worker', name: '赵丽娜', phone: '15034771122', address: '达尔罕社区党群服务中心' },
  { openid: 'demo-handler', role: 'handler', name: '张志强', phone: '15247703344', address: '哈巴格希街道' },
  { openid: 'demo-admin', role: 'admin', name: '康巴什区管理员', phone: '13347705566', address: '康巴什区' },
];

export async function seedRegions(db: Db): Promise<void> {
  for (const d of REGIONS) {
    const district = await db.insertInto('districts').values({ name: d.district }).executeTakeFirstOrThrow();
    for (const s of d.streets) {
      const street = await db
        .insertInto('streets')
        .values({ district_id: Number(district.insertId), name: s.name })
        .executeTakeFirstOrThrow();
      for (const c of s.communities) {
        await db.insertInto('communities').values({ street_id: Number(street.insertId), name: c.name, address: c.address }).execute();
      }
    }
  }
}

export async function seedPeople(db: Db, now: Date): Promise<void> {
  const community = await db.selectFrom('communities').select('id').where('name', '=', DEMO_COMMUNITY).executeTakeFirstOrThrow();
  const at = now.toISOString();
  for (const p of DEMO_PEOPLE) {
    const res = await db
      .insertInto('users')
      .values({ ...p, community_id: community.id, created_at: at, updated_at: at })
      .executeTakeFirstOrThrow();
    if (p.role === 'worker') {
      await db.insertInto('staff_communities').values({ user_id: Number(res.insertId), community_id: community.id }).execute();
    }
  }
}

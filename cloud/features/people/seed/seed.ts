import type { Db } from '../../../db/tx';
import { DEMO_COMMUNITY } from '../../../core/places';
import { DEMO_PEOPLE, REGIONS } from './data';

/** The demo places (旗区 → 街道 → 社区) and people; DESIGN.md names the seeded openids. */

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

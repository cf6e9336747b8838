import { isUniqueViolation } from '../db/dialect';
import { fixedQuery } from '../db/fixed';
import type { Db } from '../db/tx';
import type { Caller } from './context';

/** Finds the caller by openid; anyone calling for the first time becomes a resident with no community. */
export async function resolveCaller(db: Db, openid: string, now: Date): Promise<Caller> {
  const found = await findCaller(db, openid);
  if (found) return found;
  try {
    const at = now.toISOString();
    await db
      .insertInto('users')
      .values({ openid, role: 'resident', name: '', phone: '', address: '', community_id: null, created_at: at, updated_at: at })
      .execute();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err; // a parallel first call registered them
  }
  const created = await findCaller(db, openid);
  if (!created) throw new Error(`user ${openid} vanished after registration`);
  return created;
}

/** The caller and their community's street in one read: every call starts here. */
const userWithStreet = fixedQuery((db, p: { openid: string }) =>
  db
    .selectFrom('users')
    .leftJoin('communities', 'communities.id', 'users.community_id')
    .select(['users.id', 'users.openid', 'users.role', 'users.community_id', 'communities.street_id'])
    .where('users.openid', '=', p.openid),
);

async function findCaller(db: Db, openid: string): Promise<Caller | null> {
  const user = await userWithStreet(db, { openid }).executeTakeFirst();
  if (!user) return null;
  const staff =
    user.role === 'worker'
      ? await db.selectFrom('staff_communities').select('community_id').where('user_id', '=', user.id).execute()
      : [];
  return {
    id: user.id,
    openid: user.openid,
    role: user.role,
    communityId: user.community_id,
    streetId: user.street_id ?? null,
    staffCommunityIds: staff.map((s) => s.community_id),
  };
}

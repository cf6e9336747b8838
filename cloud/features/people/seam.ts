import type { Ctx } from '../../core/context';
import { inTransaction, type Db } from '../../db/tx';

/** The openid a deleted account's row keeps: no WeChat openid looks like it, so the account's next call starts afresh. */
export const erasedOpenid = (userId: number) => `erased:${userId}`;

/**
 * What other features may ask of people. Account deletion (the privacy feature): the person's row stays, because
 * kept records (sign-ups, bookings, requests, the audit log) point at it, but it is no longer anyone: name, phone,
 * address and community are cleared, the role is resident, and the openid is released, so the same WeChat account's
 * next call registers a new, empty profile (cloud/core/caller.ts). `also` runs in the same transaction: the core
 * tables' part (messages, idempotency keys, audit notes).
 */
export async function forgetProfile(db: Db, ctx: Ctx, userId: number, also: (trx: Db) => Promise<void>): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('users')
      .set({ openid: erasedOpenid(userId), role: 'resident', name: '', phone: '', address: '', community_id: null, updated_at: ctx.now.toISOString() })
      .where('id', '=', userId)
      .execute();
    await trx.deleteFrom('staff_communities').where('user_id', '=', userId).execute();
    await also(trx);
  });
}

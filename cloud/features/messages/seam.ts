import type { Db } from '../../db/tx';

/** What other features may ask of messages. Account deletion: the person's subscribe credits go with them. */
export async function forgetSubscriber(trx: Db, userId: number): Promise<void> {
  await trx.deleteFrom('subscribe_credits').where('user_id', '=', userId).execute();
}

import type { AccountDeleted, ActionParsed } from '../../../../types';
import type { Ctx } from '../../../core/context';
import type { Db } from '../../../db/tx';
import { forgetAttendee } from '../../events/seam';
import { forgetSubscriber } from '../../messages/seam';
import { forgetProfile } from '../../people/seam';
import { forgetRequester } from '../../requests/seam';
import { forgetBooker } from '../../venues/seam';

/**
 * privacy.deleteAccount (PIPL art. 47): the caller's open sign-ups and bookings are cancelled as ordinary cancellations
 * are (seats go to the waitlist), open 暖心事 withdrawn, kept records stripped of names, phones, addresses, photos and
 * text, and the account released. A transaction per table group, through each feature's seam; the profile goes last,
 * so a deletion cut short is finished by calling again. Photo files are removed from storage after their records.
 */
export async function deleteAccount(db: Db, ctx: Ctx, _input: ActionParsed<'privacy.deleteAccount'>): Promise<AccountDeleted> {
  const userId = ctx.caller.id;
  const { cancelledSignups } = await forgetAttendee(db, ctx, userId);
  const { cancelledBookings } = await forgetBooker(db, ctx, userId);
  const { withdrawnRequests, handedBack, photos } = await forgetRequester(db, ctx, userId);
  await forgetProfile(db, ctx, userId, async (trx) => {
    await trx.deleteFrom('notifications').where('user_id', '=', userId).execute();
    await forgetSubscriber(trx, userId);
    await trx.deleteFrom('idempotency_keys').where('user_id', '=', userId).execute();
    // Reasons the person typed (a cancelled booking's) may sit in their audit entries; who did what, and when, stays.
    await trx.updateTable('audit_log').set({ note: null }).where('actor_id', '=', userId).execute();
  });
  await removePhotos(ctx, photos);
  return { cancelledSignups, cancelledBookings, withdrawnRequests, handedBack };
}

/** Best effort: the records no longer name these files; one that cannot be removed now is logged for the operator. */
async function removePhotos(ctx: Ctx, fileIds: string[]): Promise<void> {
  if (fileIds.length === 0) return;
  try {
    await ctx.platform.storage.remove(fileIds);
  } catch (err) {
    ctx.platform.log.error('photo removal failed after an account deletion', { files: fileIds.length, error: String(err) });
  }
}

import type { PushHandler } from '../../../core/push';
import { inTransaction } from '../../../db/tx';
import { holdForPhoto } from '../data/photo-checks';
import { photoVerdictOf } from '../domain/photo-verdict';

/**
 * WeChat's verdict on a photo (message push wxa_media_check), already vouched for by the invocation context. It
 * counts only for a trace id the app was given when it submitted the photo, and only once: a photo still checking
 * takes it, anything else (an unknown or repeated trace id) changes nothing.
 */
export const receiveMediaCheck: PushHandler = async (db, platform, push, now) => {
  const verdict = photoVerdictOf(push);
  if (!verdict) return;
  await inTransaction(db, async (trx) => {
    const taken = await trx
      .updateTable('request_photos')
      .set({ state: verdict.pass ? 'pass' : 'held', label: verdict.reason, checked_at: now.toISOString() })
      .where('trace_id', '=', verdict.traceId)
      .where('state', '=', 'checking')
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== 1) {
      platform.log.info('photo verdict for no photo waiting for it', { traceId: verdict.traceId });
      return;
    }
    if (verdict.pass) return;
    const photo = await trx.selectFrom('request_photos').select('request_id').where('trace_id', '=', verdict.traceId).executeTakeFirstOrThrow();
    await holdForPhoto(trx, photo.request_id, verdict.reason!, now);
  });
};

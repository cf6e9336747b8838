import type { Ctx } from '../../core/context';
import { inTransaction, type Db } from '../../db/tx';
import { WITHDRAWN_ON_DELETION } from './domain/state-machine';
import { parseList } from './data/json-list';
import { tellUnits, tellWorkers } from './data/notices';
import { selectRequests } from './data/request-rows';
import { takeStep } from './data/transition';

export interface RequesterForgotten {
  withdrawnRequests: number;
  handedBack: number;
  /** File ids of the photos no record names any more: the caller removes them from storage after COMMIT. */
  photos: string[];
}

/**
 * What other features may ask of 暖心事. Account deletion (the privacy feature), in one transaction: the person's open
 * requests are withdrawn (their unit is told), the ones they took on as a handler go back to the community's queue
 * (the workers are told), their unit memberships end, and what stays of their requests for the figures — category,
 * community, statuses, times, stars — loses the description, address, phone, preferred time, photos (and their
 * photo-check records), the timeline's notes and the rating comments.
 */
export async function forgetRequester(db: Db, ctx: Ctx, userId: number): Promise<RequesterForgotten> {
  return inTransaction(db, async (trx) => {
    // The first statement of a SQLite write transaction is a write.
    await trx.updateTable('request_ratings').set({ comment: '', comment_label: null }).where('resident_id', '=', userId).execute();
    const own = await selectRequests(trx).where('requests.resident_id', '=', userId).orderBy('requests.id').execute();
    const open = own.filter((r) => WITHDRAWN_ON_DELETION.includes(r.status));
    for (const req of open) {
      await takeStep(trx, { req, action: 'withdraw', actorId: userId, at: ctx.now, unitId: req.unit_id, accountDeleted: true });
      if (req.unit_id) {
        await tellUnits(trx, ctx.now, [req.unit_id], { requestId: req.id, kind: 'request.withdrawn', title: '居民已撤回暖心事', body: `「${req.category}」：居民已注销账号` }, userId);
      }
    }
    const taken = await selectRequests(trx).where('requests.handler_id', '=', userId).where('requests.status', '=', 'accepted').orderBy('requests.id').execute();
    for (const req of taken) {
      await takeStep(trx, { req, action: 'decline', actorId: userId, at: ctx.now, unitId: req.unit_id, note: '处理人已注销账号' });
      await tellWorkers(trx, ctx.now, req.community_id, { requestId: req.id, kind: 'request.declined', title: '暖心事被退回，请重新派单', body: `「${req.category}」：处理人已注销账号` });
    }

    const ownIds = () => trx.selectFrom('requests').select('id').where('resident_id', '=', userId);
    const stepPhotos = await trx.selectFrom('request_steps').select('photos').where('request_id', 'in', ownIds()).where('photos', 'is not', null).execute();
    const checked = await trx.selectFrom('request_photos').select('file_id').where('request_id', 'in', ownIds()).execute();
    const photos = [...own.flatMap((r) => parseList(r.photos)), ...stepPhotos.flatMap((s) => parseList(s.photos)), ...checked.map((c) => c.file_id)];
    await trx
      .updateTable('requests')
      .set({ description: '', address: '', phone: '', preferred_time: '', photos: '[]', review_label: null })
      .where('resident_id', '=', userId)
      .execute();
    await trx.updateTable('request_steps').set({ note: null, photos: null }).where('request_id', 'in', ownIds()).execute();
    await trx.deleteFrom('request_photos').where('request_id', 'in', ownIds()).execute();
    await trx.deleteFrom('handler_members').where('user_id', '=', userId).execute();
    return { withdrawnRequests: open.length, handedBack: taken.length, photos: [...new Set(photos)] };
  });
}

/** What the 工作台 (cloud/features/workbench) reads of 暖心事: the queues' counts and the caller's own tasks. */
export { requestsWorkbench } from './services/lists';

import { audit } from '../../../db/audit';
import type { Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { tellWorkers } from './notices';

/**
 * Photos residents attach to a 暖心事 and handlers to a completion reach other people only once WeChat's photo check
 * passed them (security.mediaCheckAsync; the verdict arrives later as a message push, services/photo-checks.ts).
 * Until then, and for good when it fails, a photo is shown to its uploader only.
 */

export type PhotoState = 'checking' | 'pass' | 'held';

/** What the platform said when each photo was submitted: a trace id to wait for, or a verdict at once. */
export type Submission = { fileId: string } & ({ traceId: string } | { verdict: { pass: boolean; label?: string } });

/** Sends each photo to the check (outside any transaction: these are calls to WeChat). */
export function submitPhotos(ctx: Ctx, photos: readonly string[]): Promise<Submission[]> {
  return Promise.all(photos.map(async (fileId) => ({ fileId, ...(await ctx.platform.mediaCheck.submit(fileId, ctx.caller.openid)) })));
}

/** Records the photos of a request or its completion; returns the reason of the first one held at once, if any. */
export async function recordPhotos(trx: Db, o: { requestId: number; uploaderId: number; submitted: Submission[]; at: Date }): Promise<string | null> {
  let held: string | null = null;
  for (const s of o.submitted) {
    const verdict = 'verdict' in s ? s.verdict : null;
    const state: PhotoState = verdict === null ? 'checking' : verdict.pass ? 'pass' : 'held';
    const label = verdict && !verdict.pass ? (verdict.label ?? '照片未通过内容安全检测').slice(0, 200) : null;
    if (state === 'held') held ??= label;
    await trx
      .insertInto('request_photos')
      .values({
        request_id: o.requestId,
        file_id: s.fileId,
        uploader_id: o.uploaderId,
        trace_id: 'traceId' in s ? s.traceId : null,
        state,
        label,
        created_at: o.at.toISOString(),
        checked_at: verdict ? o.at.toISOString() : null,
      })
      .execute();
  }
  return held;
}

/** The photos of a request this viewer may not see: not passed yet (or held), and not theirs. */
export async function photosHiddenFrom(db: Db, requestId: number, viewerId: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('request_photos')
    .select('file_id')
    .where('request_id', '=', requestId)
    .where('state', '!=', 'pass')
    .where('uploader_id', '!=', viewerId)
    .execute();
  return new Set(rows.map((r) => r.file_id));
}

/**
 * A photo of the request failed its check: a request nobody has dispatched yet waits for a worker's review (待审核,
 * with the reason; 通过 sends it on, 驳回 closes it), and the community's workers are told in any case.
 */
export async function holdForPhoto(trx: Db, requestId: number, reason: string, at: Date): Promise<void> {
  const req = await trx.selectFrom('requests').select(['id', 'status', 'version', 'community_id', 'category', 'review_label']).where('id', '=', requestId).executeTakeFirst();
  if (!req) return;
  const label = `${reason}，已对他人隐藏，请查看后处理`;
  if (req.status === 'pending') {
    const held = await trx
      .updateTable('requests')
      .set({ status: 'reviewing', review_label: label.slice(0, 100), status_since: at.toISOString(), updated_at: at.toISOString(), version: req.version + 1 })
      .where('id', '=', req.id)
      .where('status', '=', 'pending')
      .where('version', '=', req.version)
      .executeTakeFirst();
    if (Number(held.numUpdatedRows) === 1) {
      await audit(trx, { entity: 'request', entityId: req.id, action: 'holdPhoto', from: 'pending', to: 'reviewing', actorId: null, communityId: req.community_id, note: reason, at });
    }
  } else if (req.status === 'reviewing' && !(req.review_label ?? '').includes(reason)) {
    await trx.updateTable('requests').set({ review_label: `${req.review_label ?? ''}；${label}`.slice(0, 100) }).where('id', '=', req.id).execute();
  }
  await tellWorkers(trx, at, req.community_id, { requestId: req.id, kind: 'request.photoHeld', status: '待审核', subject: req.category, title: '暖心事照片待审核', body: `「${req.category}」${label}` });
}

import { RESOLUTION_LABELS, type CommentState, type Resolution } from '../../../../types/requests';
import type { Db } from '../../../db/tx';
import { listText } from './json-list';

export interface Rating {
  residentId: number;
  /** The worker who recorded it from a phone call (电话回访); null or absent when the resident rated in the app. */
  recordedBy?: number | null;
  stars: number;
  tags: readonly string[];
  comment: string;
  commentState: CommentState;
  commentLabel: string | null;
  resolved: Resolution;
  at: Date;
}

/** One rating per round (UNIQUE request_id, round), credited to the unit and handler of that round. */
export async function recordRating(
  trx: Db,
  req: { id: number; round: number; unit_id: number | null; handler_id: number | null },
  r: Rating,
): Promise<void> {
  await trx
    .insertInto('request_ratings')
    .values({
      request_id: req.id,
      round: req.round,
      resident_id: r.residentId,
      unit_id: req.unit_id,
      handler_id: req.handler_id,
      stars: r.stars,
      tags: listText([...new Set(r.tags)]),
      comment: r.comment,
      comment_state: r.commentState,
      comment_label: r.commentLabel?.slice(0, 100) ?? null,
      resolved: r.resolved,
      created_at: r.at.toISOString(),
      recorded_by: r.recordedBy ?? null,
    })
    .execute();
}

/** The timeline's line for a rating: 5星 · 已解决. */
export const ratingSummary = (stars: number, resolved: Resolution) => `${stars}星 · ${RESOLUTION_LABELS[resolved]}`;

/** The timeline's line for a rating a worker recorded from a phone call: 电话回访 · 5星 · 已解决. */
export const ratingNote = (summary: string, byPhone: boolean) => (byPhone ? `电话回访 · ${summary}` : summary);

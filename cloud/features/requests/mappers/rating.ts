import type { Selectable } from 'kysely';
import type { RatingView, Viewer } from '../../../../types/requests';
import { parseList } from '../json-list';
import type { RequestRatingTable } from '../tables';

export type RatingRow = Selectable<RequestRatingTable> & { unit_name: string | null };

/** A held or rejected comment is shown to its author and to the workers who review it, and to nobody else. */
export function toRatingView(r: RatingRow, viewer: Viewer): RatingView {
  const reviewer = viewer === 'staff';
  const mayRead = r.comment_state === 'visible' || viewer === 'owner' || reviewer;
  return {
    round: r.round,
    stars: r.stars,
    tags: parseList(r.tags),
    comment: mayRead && r.comment ? r.comment : null,
    commentState: r.comment_state,
    commentLabel: reviewer ? r.comment_label : null,
    resolved: r.resolved,
    unitName: r.unit_name,
    at: r.created_at,
  };
}

import type { Generated } from 'kysely';
import type { CommentState, RequestSource, RequestStatus, RequestSubject, Resolution, StepKind } from '../../../../types/requests';

/** A community's own list of categories; none means the default list. */
export interface RequestCategoryTable {
  community_id: number;
  name: string;
  position: number;
}

export interface RequestTable {
  id: Generated<number>;
  community_id: number;
  resident_id: number;
  category: string;
  description: string;
  /** Why the content check held the description (status 'reviewing'). */
  review_label: string | null;
  address: string;
  phone: string;
  preferred_time: string;
  /** JSON array of file ids. */
  photos: string;
  status: RequestStatus;
  /** When it entered its status: the 24 h clocks run from here. */
  status_since: string;
  /** 0/1: flagged 超时 by the tick; cleared by the next transition. */
  overdue: number;
  /** 1, then +1 each time an 未解决 rating reopens it. */
  round: number;
  /** +1 on every transition: the conditional UPDATE of a step matches the version it read. */
  version: number;
  /** The unit it is dispatched to or accepted by; null while unassigned. */
  unit_id: number | null;
  /** The member who accepted or claimed it. */
  handler_id: number | null;
  created_at: string;
  updated_at: string;
  /** 居民自报 (self), or filed for someone: 网格员上报 (grid), 热线 (hotline), 来访 (visit). */
  source: Generated<RequestSource>;
  /** Whom it is for: self, a registered resident, a person without the app (resident_id is their offline record), public. */
  subject: Generated<RequestSubject>;
  /** The worker or grid worker who filed it (代点单); null when the resident ordered it. */
  filed_by: number | null;
}

/** A photo attached to a request or its completion, and what WeChat's photo check said (data/photo-checks.ts). */
export interface RequestPhotoTable {
  id: Generated<number>;
  request_id: number;
  file_id: string;
  uploader_id: number;
  /** security.mediaCheckAsync's task id, matched by its result push; null when the verdict came at once. */
  trace_id: string | null;
  /** checking: shown to its uploader only; pass: to everyone who sees the request; held: to its uploader only, for good. */
  state: 'checking' | 'pass' | 'held';
  /** Why it is held, for the workers. */
  label: string | null;
  created_at: string;
  checked_at: string | null;
}

/** The request's timeline: every transition with who, which unit, the note and photos. */
export interface RequestStepTable {
  id: Generated<number>;
  request_id: number;
  kind: StepKind;
  from_status: RequestStatus | null;
  to_status: RequestStatus;
  actor_id: number | null;
  unit_id: number | null;
  note: string | null;
  /** JSON array of file ids, or null. */
  photos: string | null;
  at: string;
}

export interface RequestRatingTable {
  id: Generated<number>;
  request_id: number;
  round: number;
  resident_id: number;
  unit_id: number | null;
  handler_id: number | null;
  stars: number;
  /** JSON array of quick tags. */
  tags: string;
  comment: string;
  comment_state: CommentState;
  comment_label: string | null;
  resolved: Resolution;
  created_at: string;
  /** The worker who recorded a rating given by phone (电话回访); null when the resident rated in the app. */
  recorded_by: number | null;
}

export interface RequestsTables {
  request_categories: RequestCategoryTable;
  requests: RequestTable;
  request_steps: RequestStepTable;
  request_ratings: RequestRatingTable;
  request_photos: RequestPhotoTable;
}

declare module '../../../db/schema' {
  // The feature's tables join the one Database type; the database layer imports no feature.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Database extends RequestsTables {}
}

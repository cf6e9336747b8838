import type { Selectable } from 'kysely';
import type { RatingView, RequestAction, RequestDetail, RequestSource, RequestStatus, RequestSummary, TimelineStep, UnitRef, Viewer } from '../../../../types/requests';
import { areaOf, maskPhone } from '../../../lib/privacy';
import { personalDataFor, residentNameFor, seesPhone, seesStep, seesStepNote, type PersonalData } from '../domain/permissions';
import { ACTOR_OF } from '../domain/state-machine';
import { parseList } from './json-list';
import type { RequestRecord } from './request-rows';
import type { RequestRatingTable, RequestStepTable } from './tables';

/** Rows → the contract's 暖心事 as this viewer may see them, in one place: lists, the detail, its timeline and ratings. */

export type SummaryRow = RequestRecord & { resident_name: string; unit_name: string | null; comment_held: boolean | number | string };

const EXCERPT = 40;
const HELD_PLACEHOLDER = '内容待审核';

/** One row of a list. Held text is not shown in lists, not even to reviewers: they open it to review it. */
export function toSummary(r: SummaryRow, viewer: Viewer): RequestSummary {
  const text = r.status === 'reviewing' && viewer !== 'owner' ? HELD_PLACEHOLDER : r.description;
  return {
    id: r.id,
    communityName: r.community_name,
    category: r.category,
    excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text,
    status: r.status,
    overdue: r.overdue === 1,
    residentName: residentNameFor(r.resident_name, personalDataFor(viewer, r.status).name),
    unitName: r.unit_name,
    createdAt: r.created_at,
    statusSince: r.status_since,
    commentHeld: Number(r.comment_held) === 1,
    source: r.source,
    subject: r.subject,
  };
}

export interface DetailParts {
  req: RequestRecord;
  viewer: Viewer;
  can: RequestAction[];
  residentName: string;
  unit: UnitRef | null;
  handlerName: string | null;
  timeline: RequestDetail['timeline'];
  ratings: RequestDetail['ratings'];
  /** Photos this viewer may not see yet (or ever): their check has not passed and they are not the uploader's. */
  hiddenPhotos: ReadonlySet<string>;
  /** The name of whoever filed it for the resident (代点单). */
  filedBy: string | null;
  canRateByPhone: boolean;
}

export function toDetail(p: DetailParts): RequestDetail {
  const { req, viewer, hiddenPhotos: hidden } = p;
  const phoneShown = seesPhone(viewer);
  const personal = personalDataFor(viewer, req.status);
  const address = addressFor(req.address, personal.address);
  return {
    id: req.id,
    communityId: req.community_id,
    communityName: req.community_name,
    category: req.category,
    description: req.description,
    reviewLabel: viewer === 'staff' && req.status === 'reviewing' ? req.review_label : null,
    address: address.text,
    addressShown: address.shown,
    phone: phoneShown ? req.phone : maskPhone(req.phone),
    phoneMasked: !phoneShown,
    preferredTime: req.preferred_time,
    photos: parseList(req.photos).filter((p) => !hidden.has(p)),
    photosHidden: parseList(req.photos).filter((p) => hidden.has(p)).length,
    status: req.status,
    overdue: req.overdue === 1,
    round: req.round,
    residentName: residentNameFor(p.residentName, personal.name),
    unit: p.unit,
    handlerName: p.handlerName,
    createdAt: req.created_at,
    statusSince: req.status_since,
    timeline: p.timeline,
    ratings: p.ratings,
    viewer,
    can: p.can,
    canReviewComment: viewer === 'staff' && p.ratings.some((r) => r.commentState === 'held'),
    source: req.source,
    subject: req.subject,
    filedBy: req.source === 'self' ? null : p.filedBy,
    canRateByPhone: p.canRateByPhone,
  };
}

/** The address as shown: an address with nothing shared to show (areaOf null) is hidden rather than shown whole. */
function addressFor(address: string, shown: PersonalData['address']): { text: string | null; shown: PersonalData['address'] } {
  if (shown === 'full') return { text: address, shown };
  const area = shown === 'area' ? areaOf(address) : null;
  return area ? { text: area, shown: 'area' } : { text: null, shown: 'hidden' };
}

export type StepRow = Selectable<RequestStepTable> & { actor_name: string | null; unit_name: string | null };

/**
 * The timeline as this viewer may see it: bookkeeping steps and internal notes left out for residents, and the
 * resident's name left off their own steps (撤回, 评价) for whoever may not know who asked (personalDataFor). A worker
 * who took a resident's step for them (a rating recorded by phone) and who filed it (代点单) is named.
 */
export function toTimeline(
  rows: StepRow[],
  viewer: Viewer,
  req: { status: RequestStatus; source: RequestSource; resident_id: number },
  hidden: ReadonlySet<string> = new Set(),
): TimelineStep[] {
  const knowsResident = personalDataFor(viewer, req.status).name === 'full';
  const filed = req.source !== 'self';
  return rows
    .filter((r) => seesStep(viewer, r.kind))
    .map((r) => ({
      kind: r.kind,
      at: r.at,
      // A resident's own name on their own steps says nothing to them; others learn it only if they may know who asked.
      // 代点单: the worker who filed it is named on its first step (staff, not the resident: nothing personal).
      actorName: r.kind === 'created' ? (filed ? r.actor_name : null) : r.kind === 'overdue' || (ACTOR_OF[r.kind] === 'resident' && r.actor_id === req.resident_id && (viewer === 'owner' || !knowsResident)) ? null : r.actor_name,
      unitName: r.unit_name,
      note: seesStepNote(viewer, r.kind) ? r.note : null,
      photos: parseList(r.photos).filter((p) => !hidden.has(p)),
      source: r.kind === 'created' ? req.source : null,
    }));
}

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

import type { RequestAction, RequestDetail, RequestSummary, UnitRef, Viewer } from '../../../../types/requests';
import { areaOf, maskPhone } from '../../../lib/privacy';
import { personalDataFor, residentNameFor, seesPhone, type PersonalData } from '../domain/permissions';
import { parseList } from '../json-list';
import type { RequestRecord } from '../records';

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
}

export function toDetail(p: DetailParts): RequestDetail {
  const { req, viewer } = p;
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
    photos: parseList(req.photos),
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
  };
}

/** The address as shown: an address with nothing shared to show (areaOf null) is hidden rather than shown whole. */
function addressFor(address: string, shown: PersonalData['address']): { text: string | null; shown: PersonalData['address'] } {
  if (shown === 'full') return { text: address, shown };
  const area = shown === 'area' ? areaOf(address) : null;
  return area ? { text: area, shown: 'area' } : { text: null, shown: 'hidden' };
}

import { ENDED_STATUSES, type AddressShown, type RequestAction, type RequestStatus, type StepKind, type Viewer } from '../../../../types/requests';
import { ACTOR_OF, TRANSITIONS } from './state-machine';

/** How a caller relates to one request. */
export interface Relation {
  /** The resident who ordered it. */
  owner: boolean;
  /** A worker of its community (or an admin). */
  staff: boolean;
  /** A member of the unit it is dispatched to or accepted by. */
  unitMember: boolean;
  /** The member who accepted or claimed it. */
  assignee: boolean;
  /** A member of a unit that declares its category and serves its community (资源清单 meets 需求清单). */
  poolEligible: boolean;
}

export const NO_RELATION: Relation = { owner: false, staff: false, unitMember: false, assignee: false, poolEligible: false };

const HANDLER_RULES: Partial<Record<RequestAction, (r: Relation, status: RequestStatus) => boolean>> = {
  claim: (r) => r.poolEligible,
  accept: (r) => r.unitMember,
  // Before accepting, any member of the unit may hand it back; afterwards only the one who took it on.
  decline: (r, status) => (status === 'dispatched' ? r.unitMember : r.assignee),
  complete: (r) => r.assignee,
};

/** May this caller take this step (whatever the current state allows)? */
export function mayAct(action: RequestAction, status: RequestStatus, r: Relation): boolean {
  switch (ACTOR_OF[action]) {
    case 'resident':
      return r.owner;
    case 'worker':
      return r.staff;
    case 'handler':
      return HANDLER_RULES[action]?.(r, status) ?? false;
  }
}

/** Whether the caller is the kind of party who takes this step at all, whatever the state (else FORBIDDEN first). */
export function isPartyTo(action: RequestAction, r: Relation): boolean {
  switch (ACTOR_OF[action]) {
    case 'resident':
      return r.owner;
    case 'worker':
      return r.staff;
    case 'handler':
      return r.unitMember || r.assignee || r.poolEligible;
  }
}

/** What the caller may do now: the transitions of the current state that they may take. */
export function actionsFor(status: RequestStatus, r: Relation): RequestAction[] {
  return (Object.keys(TRANSITIONS[status]) as RequestAction[]).filter((a) => mayAct(a, status, r));
}

/**
 * Who sees the request, most trusted first. A pool viewer sees it only while it is in the pool; null means it stays
 * invisible (NOT_FOUND, so that its existence does not leak).
 */
export function viewerOf(r: Relation, status: RequestStatus): Viewer | null {
  if (r.owner) return 'owner';
  if (r.staff) return 'staff';
  if (r.assignee) return 'assignee';
  if (r.unitMember) return 'unit';
  if (r.poolEligible && status === 'pooled') return 'pool';
  return null;
}

/**
 * The resident's number is shown to its owner and to the handler who took the request on; masked for everyone else.
 * A worker of the request's community may reveal it with one tap (audited: `revealPhone`), to call before dispatching.
 */
export const seesPhone = (viewer: Viewer) => viewer === 'owner' || viewer === 'assignee';
/** A neighbour (附议) is not shown even the masked number. */
export const seesNoPhone = (viewer: Viewer) => viewer === 'neighbour';
export const mayRevealPhone = (r: Relation) => r.staff;

export interface PersonalData {
  /** full; masked 王**; hidden: 居民. */
  name: 'full' | 'masked' | 'hidden';
  /** full; area: the 小区 and building only (areaOf, 「康和小区7号楼」); hidden. */
  address: AddressShown;
}

/**
 * Who learns who asked and where they live. The resident, the community's workers and the handler who took it on see
 * the name and the address, while it runs and after. Anyone else sees only what they need to decide whether to take
 * it: members of the unit it was sent to the 小区 and building, the pool no address until it claims; both a masked
 * name. Once it has ended (ENDED_STATUSES) they see neither.
 */
export function personalDataFor(viewer: Viewer, status: RequestStatus): PersonalData {
  // A neighbour who added 附议 learns nothing of who reported it (docs/PRIVACY.md, 附议).
  if (viewer === 'neighbour') return { name: 'hidden', address: 'hidden' };
  if (viewer === 'owner' || viewer === 'staff' || viewer === 'assignee') return { name: 'full', address: 'full' };
  if (ENDED_STATUSES.includes(status)) return { name: 'hidden', address: 'hidden' };
  return { name: 'masked', address: viewer === 'unit' ? 'area' : 'hidden' };
}

/** Internal notes (派单说明, 退回原因) are for workers and handlers; the resident sees that it happened. */
export function seesStepNote(viewer: Viewer, kind: StepKind): boolean {
  if (viewer === 'pool') return false;
  if (viewer !== 'owner' && viewer !== 'neighbour') return true;
  return kind === 'complete' || kind === 'reject' || kind === 'reopen' || kind === 'rate';
}

/** The resident's timeline leaves out the bookkeeping steps. */
export function seesStep(viewer: Viewer, kind: StepKind): boolean {
  if (viewer === 'pool') return kind === 'created';
  if (viewer === 'owner' || viewer === 'neighbour') return kind !== 'overdue';
  return true;
}

/** 王秀兰 → 王** */
export const maskName = (name: string) => (name ? `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}` : '居民');

/** The resident's name as this viewer may see it. */
export function residentNameFor(name: string, shown: PersonalData['name']): string {
  if (shown === 'full') return name;
  return shown === 'masked' ? maskName(name) : '居民';
}

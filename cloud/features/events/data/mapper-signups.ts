import type { Attendee, AttendeeList, MyEvent, MySignup } from '../../../../types/events';
import { maskPhone } from '../../../lib/privacy';
import { localDate } from '../../../lib/time';
import { checkinOpen } from '../domain/checkin-window';
import type { EventRow, SummaryRow } from './events';
import { liveStatus, toSummary } from './mapper';
import type { SignupRow } from './signups';

/** Sign-up rows become the contract's shapes here: my sign-up, my events, a worker's list of attendees. */

/** My sign-up on the detail page; the position and the check-in code are looked up / made by the service. */
export function toMySignup(s: SignupRow, position: number | null, checkinCode: string | null): MySignup {
  return {
    id: s.id,
    status: s.status,
    partySize: s.party_size,
    position,
    checkedInAt: s.checked_in_at,
    checkinCode,
    rating: s.rating !== null ? { score: s.rating, comment: s.rating_comment ?? '' } : null,
  };
}

/** A row of 我的活动: the event and my sign-up, as the events.mine query reads them. */
export type MyEventRow = SummaryRow & {
  cancel_reason: string | null;
  removed_reason: string | null;
  /** 1-based place in the waitlist when waiting (read by the same query). */
  position: number | string | null;
  signup_id: number;
  signup_status: SignupRow['status'];
  party_size: number;
  seq: number;
  checked_in_at: string | null;
  rated_at: string | null;
};

export function toMyEvent(r: MyEventRow, now: Date): MyEvent {
  const position = r.signup_status === 'waitlisted' && r.position !== null ? Number(r.position) : null;
  return {
    event: toSummary(r, now, liveStatus({ status: r.signup_status })),
    signup: { id: r.signup_id, status: r.signup_status, partySize: r.party_size, position, checkedIn: r.checked_in_at !== null, rated: r.rated_at !== null },
    reason: r.status === 'cancelled' ? r.cancel_reason : r.signup_status === 'removed' ? r.removed_reason : null,
  };
}

/** A live sign-up with its person, as the events.attendees query reads them. */
export type AttendeeRow = Pick<SignupRow, 'id' | 'user_id' | 'party_size' | 'status' | 'seq' | 'checked_in_at' | 'created_at' | 'rating' | 'rating_comment'> & {
  name: string;
  phone: string;
};

/** A worker's list of one event: seats and waitlist in arrival order, phones masked, check-in counts. */
export function toAttendeeList(e: EventRow, rows: AttendeeRow[], now: Date, rating: AttendeeList['rating']): AttendeeList {
  const people: Attendee[] = rows.map((r) => ({
    signupId: r.id,
    userId: r.user_id,
    name: r.name || '未填写姓名',
    phoneMasked: maskPhone(r.phone),
    partySize: r.party_size,
    status: r.status as Attendee['status'],
    arrival: r.seq,
    position: null,
    checkedInAt: r.checked_in_at,
    signedUpAt: r.created_at,
    rating: r.rating !== null ? { score: r.rating, comment: r.rating_comment ?? '' } : null,
  }));
  const confirmed = people.filter((p) => p.status === 'confirmed');
  const waitlist = people.filter((p) => p.status === 'waitlisted').map((p, i) => ({ ...p, position: i + 1 }));
  const checked = confirmed.filter((p) => p.checkedInAt);
  return {
    event: toSummary(e, now),
    today: localDate(now),
    checkinOpen: e.status === 'active' && checkinOpen(new Date(e.starts_at), new Date(e.ends_at), now),
    confirmed,
    waitlist,
    checkedIn: { parties: checked.length, seats: checked.reduce((n, p) => n + p.partySize, 0) },
    rating,
  };
}

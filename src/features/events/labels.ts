import { CATEGORY_LABELS, EVENT_STATUS_LABELS, type EventCategory, type EventStatus, type SignupStatus } from '../../../types/events/models';
import type { Tone } from '../../components/status-tag';

/** Words and colours of the events feature, in one place for every page. */

const STATUS_TONES: Record<EventStatus, Tone> = {
  notOpen: 'closed',
  open: 'ok',
  full: 'wait',
  closed: 'closed',
  ongoing: 'brand',
  ended: 'closed',
  cancelled: 'danger',
};

export function eventStatusTag(status: EventStatus): { tone: Tone; label: string } {
  return { tone: STATUS_TONES[status], label: EVENT_STATUS_LABELS[status] };
}

/** My place in an event, as a word: 已报名, 候补第2位, 已签到, 已取消报名 … */
export function signupTag(s: { status: SignupStatus; position?: number | null; checkedIn?: boolean }): { tone: Tone; label: string } {
  switch (s.status) {
    case 'confirmed':
      return s.checkedIn ? { tone: 'ok', label: '已签到' } : { tone: 'ok', label: '已报名' };
    case 'waitlisted':
      return { tone: 'wait', label: s.position ? `候补第${s.position}位` : '候补中' };
    case 'cancelled':
      return { tone: 'closed', label: '已取消报名' };
    case 'removed':
      return { tone: 'danger', label: '已被移出' };
  }
}

export const categoryLabel = (c: EventCategory) => CATEGORY_LABELS[c];

export type CategoryFilter = EventCategory | 'all';

export const CATEGORY_FILTERS: { key: CategoryFilter; label: string }[] = [
  { key: 'all', label: '全部' },
  ...(Object.keys(CATEGORY_LABELS) as EventCategory[]).map((key) => ({ key, label: CATEGORY_LABELS[key] })),
];

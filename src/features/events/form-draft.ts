import type { EventCategory, EventDetail } from '../../../types/events';
import type { VenueCard } from '../../../types/venues/models';
import { CANCEL_OPTIONS, CLOSE_OPTIONS, OPEN_OPTIONS_NEW } from './form-times';

/** The event form's draft: what a new form starts from, and which control a refusal of the API belongs to. */

export interface FormError {
  field?: string;
  message: string;
}

/** The form as it opens: a new event's defaults (an edit then fills it from the event). */
export function blank() {
  return {
    editing: null as EventDetail | null,
    communityId: 0,
    title: '',
    category: 'culture' as EventCategory,
    organizer: '',
    place: '',
    /** A room of the community (or the street's centre): the event then holds its slots as 社区保留. */
    venueId: null as number | null,
    venues: [] as VenueCard[],
    date: '',
    start: '19:00',
    end: '21:00',
    capacity: '30',
    partyLimit: 1,
    audience: 'community' as 'community' | 'street',
    openOptions: OPEN_OPTIONS_NEW,
    openIndex: 0,
    closeOptions: CLOSE_OPTIONS,
    closeIndex: 0,
    cancelOptions: CANCEL_OPTIONS,
    cancelIndex: 1,
    repeat: false,
    weekdays: [] as number[],
    until: '',
    description: '',
    cover: null as string | null,
    error: null as FormError | null,
    saving: false,
  };
}

export type Draft = ReturnType<typeof blank>;

/** The API fields a form control feeds, so its error clears when the control changes. */
export function fieldsOf(key: string): string[] {
  const map: Record<string, string[]> = {
    date: ['startsAt', 'endsAt', 'recurrence.weekdays'],
    start: ['startsAt', 'endsAt'],
    end: ['endsAt'],
    openIndex: ['signupOpensAt'],
    closeIndex: ['signupClosesAt', 'signupOpensAt'],
    cancelIndex: ['cancelDeadline'],
    until: ['recurrence.until'],
  };
  return map[key] ?? [key];
}

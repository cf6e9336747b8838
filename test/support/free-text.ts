import type * as v from 'valibot';
import { actions } from '../../types';

/**
 * Every free-text field of the contract — a string one person writes that is not held to a pattern (a phone, a date,
 * a file id) — and what happens to it: refused (INVALID_INPUT naming the field) or held for a worker's review when the
 * content check fails, or why it needs no check. test/unit/free-text-fields.test.ts keeps this list complete;
 * test/api/content-check.test.ts walks every checked field through the real router.
 */
export type Treatment = 'refused' | 'held' | { exempt: string };

export const FREE_TEXT_FIELDS: Record<string, Record<string, Treatment>> = {
  'me.update': { name: 'refused', address: 'refused' },
  'people.residents': { keyword: { exempt: 'a worker’s search term: neither stored nor shown to anyone' } },

  'events.create': {
    title: 'refused',
    description: 'refused',
    organizer: 'refused',
    place: 'refused',
    cover: { exempt: 'a file id, which must name a file the app stored' },
  },
  'events.update': {
    title: 'refused',
    description: 'refused',
    organizer: 'refused',
    place: 'refused',
    cover: { exempt: 'a file id, which must name a file the app stored' },
  },
  'events.cancelEvent': { reason: 'refused' },
  'events.removeSignup': { reason: 'refused' },
  'events.rate': { comment: 'refused' },
  'events.checkIn': { code: { exempt: 'a signed check-in code, read and never stored' } },

  'bookings.create': { purpose: 'refused', contactName: 'refused' },
  'bookings.createFor': { purpose: 'refused', personName: 'refused' },
  'bookings.cancel': { reason: 'refused' },
  'bookings.review': { note: 'refused' },
  'bookings.checkIn': { code: { exempt: 'a signed check-in code, read and never stored' } },
  'venues.upsert': { name: 'refused', address: 'refused', description: 'refused', 'facilities[]': 'refused' },
  'venues.specialDate': { reason: 'refused' },
  'venues.reserve': { reason: 'refused' },
  'groups.upsert': { name: 'refused' },
  'series.create': { purpose: 'refused' },
  'series.review': { note: 'refused' },
  'series.cancel': { reason: 'refused' },

  'requests.create': {
    description: 'held',
    address: 'refused',
    category: { exempt: 'must be one of the community’s categories, which passed the check when a worker set them' },
  },
  'requests.rate': { comment: 'held' },
  'requests.fileFor': {
    description: 'held',
    address: 'refused',
    personName: 'refused',
    category: { exempt: 'must be one of the community’s categories, which passed the check when a worker set them' },
  },
  'requests.rateByPhone': { comment: 'held' },
  'requests.contactPhone': { code: { exempt: 'WeChat’s one-time code for the phone number, exchanged and never stored' } },
  'requests.queue': { category: { exempt: 'a filter of the worker’s queue: neither stored nor shown' } },
  'requests.dispatch': { note: 'refused' },
  'requests.pool': { note: 'refused' },
  'requests.review': { reason: 'refused' },
  'requests.setCategories': {
    'categories[]': 'refused',
    'publicCategories[]': { exempt: 'must be among the categories of the same call, which the check refuses' },
  },
  'requests.similar': {
    category: { exempt: 'a filter of the 附议 list: neither stored nor shown' },
    address: { exempt: 'only its 小区 is matched against the list: neither stored nor shown' },
  },
  'requests.decline': { reason: 'refused' },
  'requests.complete': { note: 'refused' },

  'units.create': {
    name: 'refused',
    'categories[]': { exempt: 'must be among the categories offered where the unit serves (set through requests.setCategories)' },
  },
  'units.update': {
    name: 'refused',
    'categories[]': { exempt: 'must be among the categories offered where the unit serves, or those it already has' },
  },
  'units.setCategories': {
    'categories[]': { exempt: 'must be among the categories offered where the unit serves, or those it already has' },
  },
};

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  item?: AnySchema;
  items?: AnySchema[];
  options?: AnySchema[];
  pipe?: { type: string; requirement?: unknown }[];
};

/** Can this string schema hold ordinary Chinese words? (A pattern like a phone number or a date cannot.) */
function holdsWords(s: AnySchema): boolean {
  return (s.pipe ?? []).every((a) => a.type !== 'regex' || (a.requirement as RegExp).test('社区活动'));
}

function collect(s: AnySchema, path: string, out: string[]): void {
  switch (s.type) {
    case 'strict_object':
    case 'object':
      for (const [k, child] of Object.entries(s.entries ?? {})) collect(child, path ? `${path}.${k}` : k, out);
      return;
    case 'optional':
    case 'nullable':
    case 'nullish':
      return collect(s.wrapped!, path, out);
    case 'array':
      return collect(s.item!, `${path}[]`, out);
    case 'tuple':
      return s.items!.forEach((item, i) => collect(item, `${path}[${i}]`, out));
    case 'union':
    case 'variant':
      return s.options!.forEach((o) => collect(o, path, out));
    case 'string':
      if (holdsWords(s)) out.push(path);
      return;
    default:
      return; // numbers, booleans, picklists, literals
  }
}

/** `action field` for every string field of every action's input that can hold free words. */
export function freeTextFieldsOfContract(): string[] {
  return Object.entries(actions).flatMap(([name, def]) => {
    const out: string[] = [];
    collect((def as { input: AnySchema }).input, '', out);
    return [...new Set(out)].map((path) => `${name} ${path}`);
  });
}

/** `action field` → treatment, from the list above. */
export function listedFields(): Map<string, Treatment> {
  return new Map(Object.entries(FREE_TEXT_FIELDS).flatMap(([name, fields]) => Object.entries(fields).map(([path, t]) => [`${name} ${path}`, t] as const)));
}

import { draftProblem, draftTimes } from '../../../cloud/features/events/domain/draft-rules';
import type { OccurrenceTimes } from '../../../cloud/features/events/domain/recurrence';

const now = new Date('2026-11-25T02:00:00Z');
const good: OccurrenceTimes & { capacity: number } = {
  startsAt: new Date('2026-11-28T11:00:00Z'),
  endsAt: new Date('2026-11-28T13:00:00Z'),
  signupOpensAt: now,
  signupClosesAt: new Date('2026-11-28T11:00:00Z'),
  cancelDeadline: new Date('2026-11-28T09:00:00Z'),
  capacity: 20,
};
const at = (iso: string) => new Date(iso);

describe('draftProblem: the first rule an event breaks', () => {
  const rows: [string, Partial<typeof good>, number, string | null][] = [
    ['a good event', {}, 0, null],
    ['starts in the past', { startsAt: at('2026-11-25T01:00:00Z') }, 0, 'startsAt'],
    ['more than a year ahead', { startsAt: at('2027-12-01T01:00:00Z'), endsAt: at('2027-12-01T02:00:00Z') }, 0, 'startsAt'],
    ['ends before it starts', { endsAt: at('2026-11-28T10:00:00Z') }, 0, 'endsAt'],
    ['ends when it starts', { endsAt: at('2026-11-28T11:00:00Z') }, 0, 'endsAt'],
    ['lasts more than a day', { endsAt: at('2026-11-29T12:00:00Z') }, 0, 'endsAt'],
    ['sign-up window closes after the start', { signupClosesAt: at('2026-11-28T12:00:00Z') }, 0, 'signupClosesAt'],
    ['sign-up opens after it closes', { signupOpensAt: at('2026-11-28T11:00:00Z') }, 0, 'signupOpensAt'],
    ['cancel deadline after the start', { cancelDeadline: at('2026-11-28T11:30:00Z') }, 0, 'cancelDeadline'],
    ['capacity below the seats already taken', { capacity: 4 }, 5, 'capacity'],
    ['capacity equal to the seats taken', { capacity: 5 }, 5, null],
  ];
  it.each(rows)('%s', (_label, change, taken, field) => {
    expect(draftProblem({ ...good, ...change }, now, taken)?.field ?? null).toBe(field);
  });
});

describe('draftTimes: the instants a worker leaves out take their defaults', () => {
  const fallback = at('2026-11-25T02:00:00Z');
  const base = { startsAt: '2026-11-28T19:00:00+08:00', endsAt: '2026-11-28T21:00:00+08:00' };
  const rows: [string, Partial<Parameters<typeof draftTimes>[0]>, Partial<Record<keyof OccurrenceTimes, string>>][] = [
    ['nothing set: opens at the fallback, closes and cancels at the start', {}, { signupOpensAt: '2026-11-25T02:00:00.000Z', signupClosesAt: '2026-11-28T11:00:00.000Z', cancelDeadline: '2026-11-28T11:00:00.000Z' }],
    ['a window set', { signupOpensAt: '2026-11-26T08:00:00+08:00', signupClosesAt: '2026-11-28T18:00:00+08:00' }, { signupOpensAt: '2026-11-26T00:00:00.000Z', signupClosesAt: '2026-11-28T10:00:00.000Z' }],
    ['a cancel deadline set', { cancelDeadline: '2026-11-27T19:00:00+08:00' }, { cancelDeadline: '2026-11-27T11:00:00.000Z' }],
  ];
  it.each(rows)('%s', (_label, change, expected) => {
    const t = draftTimes({ ...base, ...change }, fallback);
    expect(t.startsAt.toISOString()).toBe('2026-11-28T11:00:00.000Z');
    expect(t.endsAt.toISOString()).toBe('2026-11-28T13:00:00.000Z');
    for (const [k, v] of Object.entries(expected)) expect(t[k as keyof OccurrenceTimes].toISOString()).toBe(v);
  });
});

import { eventStatus, seatsFor, type EventState } from '../../../cloud/features/events/domain/status';

// 11月28日 周六 19:00–21:00 Shanghai; sign-up 11月20日 09:00 – 11月28日 17:00.
const base: EventState = {
  cancelled: false,
  startsAt: new Date('2026-11-28T11:00:00Z'),
  endsAt: new Date('2026-11-28T13:00:00Z'),
  signupOpensAt: new Date('2026-11-20T01:00:00Z'),
  signupClosesAt: new Date('2026-11-28T09:00:00Z'),
  capacity: 20,
  taken: 5,
  waiting: 0,
};

describe('eventStatus', () => {
  const rows: [string, Partial<EventState>, string, string][] = [
    ['before the window opens', {}, '2026-11-20T00:59:59Z', 'notOpen'],
    ['the instant the window opens', {}, '2026-11-20T01:00:00Z', 'open'],
    ['seats left', {}, '2026-11-25T02:00:00Z', 'open'],
    ['one seat left', { taken: 19 }, '2026-11-25T02:00:00Z', 'open'],
    ['every seat taken', { taken: 20 }, '2026-11-25T02:00:00Z', 'full'],
    ['seats free but people waiting (nobody overtakes the waitlist)', { taken: 18, waiting: 2 }, '2026-11-25T02:00:00Z', 'full'],
    ['window closed before the start', { taken: 20 }, '2026-11-28T09:00:00Z', 'closed'],
    ['started', {}, '2026-11-28T11:00:00Z', 'ongoing'],
    ['a minute before the end', {}, '2026-11-28T12:59:00Z', 'ongoing'],
    ['ended', {}, '2026-11-28T13:00:00Z', 'ended'],
    ['cancelled before it starts', { cancelled: true }, '2026-11-25T02:00:00Z', 'cancelled'],
    ['cancelled stays cancelled after its end', { cancelled: true }, '2026-12-01T00:00:00Z', 'cancelled'],
  ];
  it.each(rows)('%s', (_label, change, now, expected) => {
    expect(eventStatus({ ...base, ...change }, new Date(now))).toBe(expected);
  });
});

describe('seatsFor (the seat gate rule)', () => {
  const rows: [string, number, number, number, number, boolean][] = [
    ['a single with seats left', 20, 5, 0, 1, true],
    ['a family of two into the last two seats', 20, 18, 0, 2, true],
    ['a family of two into the last seat', 20, 19, 0, 2, false],
    ['anyone when full', 20, 20, 0, 1, false],
    ['a newcomer while someone waits, even with a seat free', 20, 19, 1, 1, false],
  ];
  it.each(rows)('%s', (_label, capacity, taken, waiting, party, expected) => {
    expect(seatsFor({ capacity, taken, waiting }, party)).toBe(expected);
  });
});

import { availableActions, mayJoin, type ActionInputs } from '../../../cloud/features/events/domain/actions';

const now = new Date('2026-11-25T02:00:00Z');
const base: ActionInputs = {
  status: 'open',
  cancelDeadline: new Date('2026-11-28T09:00:00Z'),
  mine: null,
  inScope: true,
  hasCommunity: true,
};

describe('availableActions: what the caller may do now', () => {
  const rows: [string, Partial<ActionInputs>, string[], string | null][] = [
    ['open, not signed up', {}, ['signUp'], null],
    ['full, not signed up', { status: 'full' }, ['joinWaitlist'], null],
    ['confirmed, before the deadline', { mine: { status: 'confirmed', rated: false } }, ['cancel'], 'cancelUntil'],
    ['confirmed, after the deadline', { mine: { status: 'confirmed', rated: false }, cancelDeadline: new Date('2026-11-25T01:00:00Z') }, [], 'cancelClosed'],
    ['waiting may always leave before the start', { status: 'closed', mine: { status: 'waitlisted', rated: false } }, ['cancel'], null],
    ['cancelled earlier, may sign up again', { mine: { status: 'cancelled', rated: false } }, ['signUp'], null],
    ['removed by a worker', { mine: { status: 'removed', rated: false } }, [], 'removed'],
    ['no community bound', { hasCommunity: false, inScope: false }, [], 'noCommunity'],
    ['another community’s event', { inScope: false }, [], 'outOfScope'],
    ['window not open yet', { status: 'notOpen' }, [], 'notOpen'],
    ['window closed', { status: 'closed' }, [], 'closed'],
    ['ongoing', { status: 'ongoing', mine: { status: 'confirmed', rated: false } }, [], 'ongoing'],
    ['ended, attended, not rated', { status: 'ended', mine: { status: 'confirmed', rated: false } }, ['rate'], null],
    ['ended, already rated', { status: 'ended', mine: { status: 'confirmed', rated: true } }, [], 'rated'],
    ['ended, was only waiting', { status: 'ended', mine: { status: 'waitlisted', rated: false } }, [], 'ended'],
    ['cancelled event', { status: 'cancelled', mine: { status: 'confirmed', rated: false } }, [], 'cancelled'],
  ];
  it.each(rows)('%s', (_label, change, allowed, hint) => {
    const a = availableActions({ ...base, ...change }, now);
    const granted = (['signUp', 'joinWaitlist', 'cancel', 'rate'] as const).filter((k) => a[k]);
    expect(granted).toEqual(allowed);
    expect(a.hint).toBe(hint);
  });
});

describe('mayJoin: who may join an event', () => {
  const event = { communityId: 1, streetId: 10, audience: 'community' };
  const rows: [string, Partial<typeof event>, { communityId: number | null; streetId: number | null }, boolean, boolean][] = [
    ['a resident of the community', {}, { communityId: 1, streetId: 10 }, false, true],
    ['a resident of another community of the street', {}, { communityId: 2, streetId: 10 }, false, false],
    ['the same, for a street-wide event', { audience: 'street' }, { communityId: 2, streetId: 10 }, false, true],
    ['a resident of another street, street-wide event', { audience: 'street' }, { communityId: 3, streetId: 11 }, false, false],
    ['a newcomer with no community', {}, { communityId: null, streetId: null }, false, false],
    ['a worker of the community living elsewhere', {}, { communityId: 3, streetId: 11 }, true, true],
  ];
  it.each(rows)('%s', (_label, change, home, isStaff, expected) => {
    expect(mayJoin({ ...event, ...change }, home, isStaff)).toBe(expected);
  });
});

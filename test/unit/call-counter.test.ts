import { overBudget, type RecordedCall } from '../support/call-counter';

// The e2e rule "a screen = one call", as the journeys apply it: calls are grouped by screen show and by tap.
const call = (action: string, show: number, tap: number, route = '/pages/calendar/index'): RecordedCall => ({ action, route, show, tap });

describe('counting calls per screen show and per tap', () => {
  it.each([
    ['one call per show', [call('events.month', 0, 0), call('venues.list', 1, 1)], []],
    ['a show and a tap on it, one call each', [call('events.get', 2, 3), call('events.signUp', 2, 4)], []],
    ['two calls to draw one show', [call('me.get', 0, 0), call('events.month', 0, 0)], [['me.get', 'events.month']]],
    ['a mutation followed by a read', [call('events.signUp', 2, 4), call('events.get', 2, 4)], [['events.signUp', 'events.get']]],
  ])('%s', (_label, calls, expected) => {
    expect(overBudget(calls).map((g) => g.map((c) => c.action))).toEqual(expected);
  });
});

import { REQUEST_ACTIONS, REQUEST_STATUSES, type RequestAction, type RequestStatus } from '../../../types/requests';
import { actionsFor, NO_RELATION, type Relation } from '../../../cloud/features/requests/domain/permissions';
import { ACTOR_OF, isFinal, nextStatus } from '../../../cloud/features/requests/domain/state-machine';

/**
 * The whole table, written out once more by hand: every (state, action) pair that is allowed, with its result.
 * Every pair not listed here must be refused (CONFLICT in the API).
 */
const ALLOWED: Record<string, RequestStatus> = {
  'reviewing:release': 'pending',
  'reviewing:reject': 'rejected',
  'reviewing:withdraw': 'withdrawn',
  'pending:dispatch': 'dispatched',
  'pending:pool': 'pooled',
  'pending:withdraw': 'withdrawn',
  'pooled:dispatch': 'dispatched',
  'pooled:claim': 'accepted',
  'pooled:withdraw': 'withdrawn',
  'dispatched:dispatch': 'dispatched',
  'dispatched:pool': 'pooled',
  'dispatched:accept': 'accepted',
  'dispatched:decline': 'pending',
  'dispatched:withdraw': 'withdrawn',
  'accepted:decline': 'pending',
  'accepted:complete': 'completed',
  'completed:rate': 'rated',
  'completed:reopen': 'pending',
};

const pairs: [RequestStatus, RequestAction, RequestStatus | null][] = REQUEST_STATUSES.flatMap((s) =>
  REQUEST_ACTIONS.map((a): [RequestStatus, RequestAction, RequestStatus | null] => [s, a, ALLOWED[`${s}:${a}`] ?? null]),
);

describe('the 暖心事 state machine', () => {
  it('covers every state and action', () => {
    expect(pairs).toHaveLength(REQUEST_STATUSES.length * REQUEST_ACTIONS.length);
  });

  it.each(pairs)('%s + %s → %s', (status, action, expected) => {
    expect(nextStatus(status, action)).toBe(expected);
  });

  it('a resident may withdraw only until someone accepts it', () => {
    const withdrawable = REQUEST_STATUSES.filter((s) => nextStatus(s, 'withdraw'));
    expect(withdrawable).toEqual(['reviewing', 'pending', 'pooled', 'dispatched']);
  });

  it('final states allow nothing', () => {
    for (const s of REQUEST_STATUSES.filter(isFinal)) expect(REQUEST_ACTIONS.filter((a) => nextStatus(s, a))).toEqual([]);
  });

  it('every status is reachable from an order', () => {
    const seen = new Set<RequestStatus>(['pending', 'reviewing']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [s, , to] of pairs) {
        if (to && seen.has(s) && !seen.has(to)) {
          seen.add(to);
          grew = true;
        }
      }
    }
    expect([...seen].sort()).toEqual([...REQUEST_STATUSES].sort());
  });

  const as = (r: Partial<Relation>): Relation => ({ ...NO_RELATION, ...r });
  const worker = as({ staff: true });
  const resident = as({ owner: true });
  const handler = as({ unitMember: true, assignee: true, poolEligible: true });
  it.each([
    ['pending', 'worker', worker, ['dispatch', 'pool']],
    ['pending', 'resident', resident, ['withdraw']],
    ['pending', 'handler', handler, []],
    ['dispatched', 'handler', handler, ['accept', 'decline']],
    ['pooled', 'handler', handler, ['claim']],
    ['accepted', 'handler', handler, ['decline', 'complete']],
    ['completed', 'resident', resident, ['rate', 'reopen']],
    ['reviewing', 'worker', worker, ['release', 'reject']],
  ] as const)('in %s a %s may: %j', (status, _who, rel, actions) => {
    expect(actionsFor(status, rel)).toEqual(actions);
  });

  it('names one kind of actor for every action', () => {
    expect(Object.keys(ACTOR_OF).sort()).toEqual([...REQUEST_ACTIONS].sort());
  });
});

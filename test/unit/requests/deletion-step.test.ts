import { REQUEST_STATUSES, type RequestStatus } from '../../../types/requests';
import { nextStatus, stepTarget } from '../../../cloud/features/requests/domain/state-machine';

/** An account deletion's 撤回 closes every open request; the resident's own 撤回 stops once a handler accepted it. */
describe('stepTarget', () => {
  const open: RequestStatus[] = ['reviewing', 'pending', 'pooled', 'dispatched', 'accepted'];
  it.each(REQUEST_STATUSES.map((s) => [s] as [RequestStatus]))('withdraw from %s', (status) => {
    expect(stepTarget(status, 'withdraw', true)).toBe(open.includes(status) ? 'withdrawn' : null);
    expect(stepTarget(status, 'withdraw')).toBe(nextStatus(status, 'withdraw'));
  });
  it('keeps the table for the resident’s own 撤回 of an accepted request, and for every other step', () => {
    expect(stepTarget('accepted', 'withdraw')).toBeNull();
    expect(stepTarget('accepted', 'decline', true)).toBe('pending');
    expect(stepTarget('completed', 'rate', true)).toBe('rated');
  });
});

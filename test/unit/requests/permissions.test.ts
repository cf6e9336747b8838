import { actionsFor, maskName, mayAct, NO_RELATION, seesPhone, viewerOf, type Relation } from '../../../cloud/features/requests/domain/permissions';

const rel = (r: Partial<Relation>): Relation => ({ ...NO_RELATION, ...r });

describe('who sees and does what', () => {
  it.each([
    [{ owner: true }, 'pending', 'owner'],
    [{ staff: true }, 'pending', 'staff'],
    [{ assignee: true, unitMember: true }, 'accepted', 'assignee'],
    [{ unitMember: true }, 'dispatched', 'unit'],
    [{ poolEligible: true }, 'pooled', 'pool'],
    [{ poolEligible: true }, 'pending', null],
    [{ poolEligible: true }, 'accepted', null],
    [{}, 'pooled', null],
  ] as const)('%j in %s sees it as %s', (r, status, viewer) => {
    expect(viewerOf(rel(r), status)).toBe(viewer);
  });

  it('shows the phone to the owner and the handler who accepted it only', () => {
    expect((['owner', 'staff', 'assignee', 'unit', 'pool'] as const).filter(seesPhone)).toEqual(['owner', 'assignee']);
  });

  it('lets any member decline before acceptance, but only the assignee after', () => {
    expect(mayAct('decline', 'dispatched', rel({ unitMember: true }))).toBe(true);
    expect(mayAct('decline', 'accepted', rel({ unitMember: true }))).toBe(false);
    expect(mayAct('decline', 'accepted', rel({ unitMember: true, assignee: true }))).toBe(true);
    expect(mayAct('complete', 'accepted', rel({ unitMember: true }))).toBe(false);
  });

  it('a worker who ordered something for themselves gets both sets of buttons', () => {
    expect(actionsFor('pending', rel({ owner: true, staff: true }))).toEqual(['dispatch', 'pool', 'withdraw']);
  });

  it('a pool member cannot accept a dispatch meant for another unit', () => {
    expect(actionsFor('dispatched', rel({ poolEligible: true }))).toEqual([]);
  });

  it('masks names for the pool', () => {
    expect(maskName('王秀兰')).toBe('王**');
    expect(maskName('李')).toBe('李*');
    expect(maskName('')).toBe('居民');
  });
});

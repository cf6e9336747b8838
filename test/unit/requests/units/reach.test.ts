import { inScope, servesInPool } from '../../../../cloud/features/requests/units/domain/reach';

describe('a unit’s reach', () => {
  it('matches units to requests by street or community, and by category for the pool', () => {
    const street = { street_id: 1, community_id: null, categories: ['邻里调解'] };
    const own = { street_id: 1, community_id: 3, categories: ['家政维修'] };
    expect(inScope(street, { communityId: 9, streetId: 1 })).toBe(true);
    expect(inScope(street, { communityId: 9, streetId: 2 })).toBe(false);
    expect(inScope(own, { communityId: 3, streetId: 1 })).toBe(true);
    expect(inScope(own, { communityId: 4, streetId: 1 })).toBe(false);
    expect(servesInPool(street, { communityId: 9, streetId: 1, category: '邻里调解' })).toBe(true);
    expect(servesInPool(street, { communityId: 9, streetId: 1, category: '家政维修' })).toBe(false);
  });
});

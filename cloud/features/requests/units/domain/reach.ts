/** A unit's reach: one community, or every community of its street when it has none. */
export interface UnitScope {
  street_id: number;
  community_id: number | null;
}

export function inScope(unit: UnitScope, place: { communityId: number; streetId: number }): boolean {
  return unit.community_id === null ? unit.street_id === place.streetId : unit.community_id === place.communityId;
}

/** 资源清单 meets 需求清单: the unit declares the category and reaches the community. */
export function servesInPool(unit: UnitScope & { categories: string[] }, req: { communityId: number; streetId: number; category: string }): boolean {
  return inScope(unit, req) && unit.categories.includes(req.category);
}

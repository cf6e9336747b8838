import type { CommunityRef, Me } from '../../../types';

/** The communities whose queue and statistics this person works: a worker's own, an admin's home community. */
export function workCommunities(me: Me | null): CommunityRef[] {
  if (!me) return [];
  if (me.role === 'worker') return me.staffCommunities;
  if (me.role === 'admin' && me.community) return [me.community];
  return [];
}

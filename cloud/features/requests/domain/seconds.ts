import type { PublicRequest, RequestStatus } from '../../../../types/requests';

/** 附议 is for problems still being dealt with: checked (not 待审核), not yet done, withdrawn or closed. */
export const OPEN_PUBLIC: RequestStatus[] = ['pending', 'pooled', 'dispatched', 'accepted'];

export interface PublicRow {
  id: number;
  category: string;
  estate: string | null;
  description: string;
  photos: string;
  status: RequestStatus;
  seconds: number;
  created_at: string;
  resident_id: number;
  /** The caller, when they seconded it. */
  seconder: number | null;
}

function parsePhotos(text: string): string[] {
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * A public-space request as the community's residents see it: category, 小区, the description (checked: only open
 * statuses are listed, never 待审核) and the photos WeChat's check passed, status and 附议 count. Nothing of the
 * reporter — not their name, phone or address — is in it: the type has no field for them.
 */
export function publicView(r: PublicRow, callerId: number, passed: ReadonlySet<string>): PublicRequest {
  return {
    id: r.id,
    category: r.category,
    estate: r.estate,
    description: r.description,
    photos: parsePhotos(r.photos).filter((p) => passed.has(p)),
    status: r.status,
    seconds: Number(r.seconds),
    createdAt: r.created_at,
    mine: r.resident_id === callerId,
    seconded: r.seconder !== null,
  };
}

import type { Role } from '../../types';
import type { CheckinCodes } from './checkin-code';
import type { Platform } from '../platform/types';

/** The resolved caller. */
export interface Caller {
  id: number;
  openid: string;
  role: Role;
  communityId: number | null;
  /** The street of the caller's community (street-wide events and rooms are shared within a street). */
  streetId: number | null;
  /** Communities a worker serves; empty for everyone else. */
  staffCommunityIds: number[];
}

/** What a service knows about the request besides its input. Services never see the raw event. */
export interface Ctx {
  caller: Caller;
  platform: Platform;
  /** One instant for the whole request, from the platform clock. */
  now: Date;
  requestId?: string;
  /** Check-in QR codes under the deployment's key. */
  checkinCodes: CheckinCodes;
}


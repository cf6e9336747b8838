import crypto from 'node:crypto';
import type { Db } from '../db/tx';
import { settingOrCreate } from '../db/settings';

/**
 * Check-in codes shown as QR by the resident and scanned by a worker: `NX1.<kind>.<id>.<mac>`. The HMAC makes a code
 * impossible to make from an id without the key. The key is NUANXIN_SECRET when the operator sets one, else 32 random
 * bytes the app made on its first start and keeps in the database (`app_settings`), so every instance of a deployment
 * signs alike and no two deployments do.
 */
export type CheckinKind = 'e' | 'b'; // e = event sign-up, b = venue booking

export interface CheckinCodes {
  make(kind: CheckinKind, id: number): string;
  /** The id inside a valid code of that kind, or null. */
  read(kind: CheckinKind, code: string): number | null;
}

/** Makes and reads codes under one key. The runtime builds one at start-up; services get it from `ctx.checkinCodes`. */
export function checkinCodes(key: string): CheckinCodes {
  if (!key) throw new Error('check-in code key is empty');
  const mac = (kind: CheckinKind, id: number) => crypto.createHmac('sha256', key).update(`${kind}.${id}`).digest('base64url').slice(0, 12);
  return {
    make: (kind, id) => `NX1.${kind}.${id}.${mac(kind, id)}`,
    read(kind, code) {
      const m = /^NX1\.([eb])\.(\d{1,10})\.([A-Za-z0-9_-]{12})$/.exec(code.trim());
      if (!m || m[1] !== kind) return null;
      const id = Number(m[2]);
      return crypto.timingSafeEqual(Buffer.from(mac(kind, id)), Buffer.from(m[3])) ? id : null;
    },
  };
}

export const CHECKIN_KEY_SETTING = 'checkin_code_key';

/** The deployment's key: NUANXIN_SECRET (`override`) when set, else the stored one, made on the first start. */
export async function loadCheckinCodes(db: Db, override: string | undefined): Promise<CheckinCodes> {
  if (override?.trim()) return checkinCodes(override);
  return checkinCodes(await settingOrCreate(db, CHECKIN_KEY_SETTING, () => crypto.randomBytes(32).toString('hex')));
}

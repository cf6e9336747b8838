import crypto from 'node:crypto';

/**
 * Check-in codes shown as QR by the resident and scanned by a worker: `NX1.<kind>.<id>.<mac>`.
 * The HMAC makes a code impossible to guess from an id. The key is NUANXIN_SECRET, else one derived from
 * DATABASE_URL (which holds the database password, so it is secret in the cloud too), else a fixed local one.
 */
export type CheckinKind = 'e' | 'b'; // e = event sign-up, b = venue booking

const secret = () =>
  process.env.NUANXIN_SECRET ??
  (process.env.DATABASE_URL
    ? crypto.createHash('sha256').update(`nuanxin-checkin|${process.env.DATABASE_URL}`).digest('hex')
    : 'nuanxin-local-dev-secret');

function mac(kind: CheckinKind, id: number): string {
  return crypto.createHmac('sha256', secret()).update(`${kind}.${id}`).digest('base64url').slice(0, 12);
}

export function makeCheckinCode(kind: CheckinKind, id: number): string {
  return `NX1.${kind}.${id}.${mac(kind, id)}`;
}

/** The id inside a valid code of that kind, or null. */
export function readCheckinCode(kind: CheckinKind, code: string): number | null {
  const m = /^NX1\.([eb])\.(\d{1,10})\.([A-Za-z0-9_-]{12})$/.exec(code.trim());
  if (!m || m[1] !== kind) return null;
  const id = Number(m[2]);
  const expected = mac(kind, id);
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(m[3])) ? id : null;
}

import { randomBytes } from 'node:crypto';

/**
 * A person a worker records who does not use the mini-program (a caller of the 96118 hotline, an elder at the
 * counter): a `users` row whose openid no WeChat account can have, so nobody ever signs in as them, their 暖心事 and
 * ratings point at them like anyone's, and a worker finds them again by name or phone next time.
 */
const OFFLINE = 'offline:';

export const offlineOpenid = () => `${OFFLINE}${randomBytes(16).toString('hex')}`;

/** Every such record, as a LIKE pattern (the prefix has no wildcard characters). */
export const OFFLINE_OPENIDS = `${OFFLINE}%`;

/** False for such a record (and for nothing else): someone who uses the app signs in with a real openid. */
export const usesApp = (openid: string) => !openid.startsWith(OFFLINE);

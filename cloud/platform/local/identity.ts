import type { IdentitySource } from '../types';

const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

/** Local host only: the caller is whoever the X-Dev-OpenId header names. */
export const devHeaderIdentity: IdentitySource = {
  openid: (call) => (call.devOpenId && OPENID.test(call.devOpenId) ? call.devOpenId : null),
  // The local host runs the tick itself, every minute; no call reaches it as a timer.
  invokedByTimer: () => false,
  // The local host migrates and seeds when it starts; it has no deploy step.
  invokedByOperator: () => false,
  // WeChat pushes nothing to a laptop: photos are checked at once there (local/media-check.ts).
  invokedByMessagePush: () => false,
};

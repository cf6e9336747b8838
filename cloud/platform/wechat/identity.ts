import type { IdentitySource } from '../types';
import type { WxSdk } from './sdk';

/** In the cloud the only trusted caller id is OPENID from the WeChat context; anything in the request is ignored. */
export function wxContextIdentity(sdk: () => WxSdk): IdentitySource {
  return { openid: () => sdk().getWXContext().OPENID || null };
}

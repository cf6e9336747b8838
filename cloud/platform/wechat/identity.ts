import type { IdentitySource } from '../types';
import type { WxSdk } from './sdk';

/**
 * In the cloud the only trusted caller id is OPENID from the WeChat context; anything in the request is ignored.
 * SOURCE says what invoked this run: 'wx_trigger' is the timer trigger, and a chain such as 'wx_client,scf' is not.
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/utils/Cloud.getWXContext.html
 */
export function wxContextIdentity(sdk: () => WxSdk): IdentitySource {
  return {
    openid: () => sdk().getWXContext().OPENID || null,
    invokedByTimer: () => {
      const context = sdk().getWXContext();
      return context.SOURCE === 'wx_trigger' && !context.OPENID;
    },
  };
}

import type { IdentitySource } from '../types';
import type { WxSdk } from './sdk';

/**
 * Invocation sources that are people using the app (a mini-program, WeChat's crawler walking its pages, a payment
 * callback): never the operator, whatever they send.
 */
const PEOPLE_SOURCES = new Set(['wx_client', 'wx_crawler', 'wx_paycallback']);

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
    invokedByOperator: () => {
      const context = sdk().getWXContext();
      if (context.OPENID || context.FROM_OPENID || context.UNIONID) return false;
      return !String(context.SOURCE ?? '')
        .split(',')
        .some((source) => PEOPLE_SOURCES.has(source.trim()));
    },
  };
}

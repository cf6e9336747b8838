import type { IdentitySource } from '../types';
import type { WxSdk } from './sdk';

/**
 * Invocation sources that are people using the app (a mini-program, WeChat's crawler walking its pages, a payment
 * callback): never the operator, whatever they send.
 */
const PEOPLE_SOURCES = new Set(['wx_client', 'wx_crawler', 'wx_paycallback']);

/**
 * Every documented way of invoking a function other than a message push: a mini-program (and DevTools, its local
 * debugging, its crawler), the HTTP API, the timer, a payment callback, another function. A message push is none of
 * them; WeChat's documentation does not name its SOURCE, so a push is recognised by exclusion (docs/WECHAT.md), and
 * its handler in turn accepts only a result whose trace id the app itself was given (nobody else ever sees one).
 */
const CALLER_SOURCES = new Set(['wx_client', 'wx_devtools', 'wx_localdebug', 'wx_crawler', 'wx_http', 'wx_trigger', 'wx_paycallback', 'scf', 'wx_app_creator']);

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
    invokedByMessagePush: () => {
      const links = String(sdk().getWXContext().SOURCE ?? '')
        .split(',')
        .map((source) => source.trim())
        .filter(Boolean);
      return links.length > 0 && !links.some((source) => CALLER_SOURCES.has(source));
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

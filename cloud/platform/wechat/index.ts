import type { Clock } from '../clock';
import type { Logger, Platform } from '../types';
import { msgSecCheck } from './content-check';
import { mediaCheckAsync } from './media-check';
import { phoneNumberExchange } from './phone-number';
import { wxContextIdentity } from './identity';
import { subscribeMessageNotifier } from './notifier';
import { loadWxSdk, type WxSdk } from './sdk';
import { cloudStorage } from './storage';
import { subscribeTemplatesFromEnv, type SubscribeTemplates } from '../subscribe/templates';

export function createWechatPlatform(opts: {
  clock: Clock;
  log: Logger;
  /** Defaults to the real wx-server-sdk, loaded on first use. */
  sdk?: () => WxSdk;
  /** Defaults to NUANXIN_SUBSCRIBE_TEMPLATES. */
  templates?: SubscribeTemplates;
}): Platform {
  const sdk = opts.sdk ?? loadWxSdk;
  return {
    name: 'wechat',
    clock: opts.clock,
    identity: wxContextIdentity(sdk),
    notifier: subscribeMessageNotifier(sdk),
    subscribeTemplates: opts.templates ?? subscribeTemplatesFromEnv(),
    contentCheck: msgSecCheck(sdk),
    mediaCheck: mediaCheckAsync(sdk),
    storage: cloudStorage(sdk),
    phoneNumber: phoneNumberExchange(sdk),
    log: opts.log,
  };
}

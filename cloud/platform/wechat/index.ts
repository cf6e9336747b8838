import type { Clock } from '../clock';
import type { Logger, Platform } from '../types';
import { msgSecCheck } from './content-check';
import { phoneNumberExchange } from './phone-number';
import { wxContextIdentity } from './identity';
import { subscribeMessageNotifier, type TemplateConfig } from './notifier';
import { loadWxSdk, type WxSdk } from './sdk';
import { cloudStorage } from './storage';

export function createWechatPlatform(opts: {
  clock: Clock;
  log: Logger;
  /** Defaults to the real wx-server-sdk, loaded on first use. */
  sdk?: () => WxSdk;
  templates?: Record<string, TemplateConfig>;
}): Platform {
  const sdk = opts.sdk ?? loadWxSdk;
  return {
    name: 'wechat',
    clock: opts.clock,
    identity: wxContextIdentity(sdk),
    notifier: subscribeMessageNotifier(sdk, opts.templates ?? readTemplates()),
    contentCheck: msgSecCheck(sdk),
    storage: cloudStorage(sdk),
    phoneNumber: phoneNumberExchange(sdk),
    log: opts.log,
  };
}

/** NUANXIN_SUBSCRIBE_TEMPLATES: JSON `{ "<kind>" | "default": { templateId, fields: { title, body, time } } }`. */
function readTemplates(): Record<string, TemplateConfig> {
  const raw = process.env.NUANXIN_SUBSCRIBE_TEMPLATES;
  return raw ? (JSON.parse(raw) as Record<string, TemplateConfig>) : {};
}

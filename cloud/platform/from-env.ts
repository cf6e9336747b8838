import path from 'node:path';
import { pinnedClock, systemClock, type Clock } from './clock';
import { createLocalPlatform } from './local';
import type { Logger, Platform } from './types';
import { createWechatPlatform } from './wechat';

/** True inside a CloudBase / SCF cloud function. */
export const inCloud = (env: NodeJS.ProcessEnv = process.env) => env.TENCENTCLOUD_RUNENV === 'SCF';

/** Picks the WeChat platform in the cloud and the local one elsewhere. NUANXIN_NOW pins the clock off the cloud only. */
export function platformFromEnv(log: Logger, env: NodeJS.ProcessEnv = process.env): Platform {
  if (inCloud(env)) return createWechatPlatform({ clock: systemClock, log });
  const clock: Clock = env.NUANXIN_NOW ? pinnedClock(env.NUANXIN_NOW) : systemClock;
  return createLocalPlatform({ clock, dataDir: path.resolve(env.NUANXIN_DATA_DIR ?? 'var'), log });
}

import path from 'node:path';
import type { Clock } from '../clock';
import type { Logger, Platform } from '../types';
import { wordListCheck } from './content-check';
import { devHeaderIdentity } from './identity';
import { instantMediaCheck } from './media-check';
import { LoggingNotifier } from './notifier';
import { DiskStorage } from './storage';
import { subscribeTemplatesFromEnv, type SubscribeTemplates } from '../subscribe/templates';

export interface LocalPlatform extends Platform {
  notifier: LoggingNotifier;
  storage: DiskStorage;
}

export function createLocalPlatform(opts: { clock: Clock; dataDir: string; log: Logger; templates?: SubscribeTemplates }): LocalPlatform {
  return {
    name: 'local',
    clock: opts.clock,
    identity: devHeaderIdentity,
    notifier: new LoggingNotifier(opts.log),
    subscribeTemplates: opts.templates ?? subscribeTemplatesFromEnv(),
    contentCheck: wordListCheck,
    mediaCheck: instantMediaCheck,
    storage: new DiskStorage(path.join(opts.dataDir, 'uploads')),
    // No WeChat here to vouch for a number: the client offers manual entry only.
    phoneNumber: { fromCode: async () => null },
    log: opts.log,
  };
}

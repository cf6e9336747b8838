import type { Db } from '../db/tx';
import type { Platform } from '../platform/types';
import type { CheckinCodes } from './checkin-code';
import type { AllHandlers } from './handler';
import type { TickJob } from './job';
import type { PushHandler } from './push';
import type { PushCredits } from './push-credits';

/** What start-up builds once per process (or warm cloud container) and every request and tick runs against. */
export interface Runtime {
  db: Db;
  platform: Platform;
  /** Signs and reads check-in codes with the deployment's key (loaded at start-up). */
  checkinCodes: CheckinCodes;
  /** Every action's handler, from the features (cloud/app.ts). */
  handlers: AllHandlers;
  /** The features' scheduled jobs, in registration order. */
  jobs: TickJob[];
  /** What people allowed us to push (the messages feature); null: every message stays in 消息通知 only. */
  pushCredits: PushCredits | null;
  /** The features' handlers of WeChat message pushes, by `Event`. */
  pushes: Record<string, PushHandler>;
}

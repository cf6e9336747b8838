import type { Db } from '../db/tx';
import type { SubscribeTemplate } from '../platform/subscribe/templates';

/**
 * What a person allowed us to push. WeChat lets a mini-program send a subscribe message only after the person accepted
 * its template in `requestSubscribeMessage` — once per message for a one-time template, until switched off for a
 * long-term one. The messages feature counts those acceptances; the outbox sends a push only by taking one.
 */
export interface PushCredits {
  /** Takes a credit of the person's for the template, in one conditional UPDATE: false when there is none. */
  take(db: Db, userId: number, template: SubscribeTemplate, at: Date): Promise<boolean>;
  /** The push failed for a reason that did not use WeChat's subscription up: the credit is theirs again. */
  giveBack(db: Db, userId: number, template: SubscribeTemplate, at: Date): Promise<void>;
  /** WeChat answered 43101: the person has no subscription left for the template, whatever we counted. */
  clear(db: Db, userId: number, template: SubscribeTemplate, at: Date): Promise<void>;
}

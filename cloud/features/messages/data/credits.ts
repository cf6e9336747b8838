import type { PushCredits } from '../../../core/push-credits';
import { isUniqueViolation } from '../../../db/dialect';
import type { Db } from '../../../db/tx';
import type { SubscribeTemplate } from '../../../platform/subscribe/templates';

/**
 * WeChat keeps counting a one-time template's acceptances; ours stops here, so a client that reports acceptances it
 * never had cannot pile them up (WeChat then answers 43101 and the outbox clears the count).
 */
export const MAX_CREDITS = 20;

const credit = (db: Db, userId: number, templateId: string) =>
  db.updateTable('subscribe_credits').where('user_id', '=', userId).where('template_id', '=', templateId);

/** One more acceptance of the template: +1 for a one-time template (up to MAX_CREDITS), on for a long-term one. */
export async function addCredit(db: Db, userId: number, template: SubscribeTemplate, at: Date): Promise<void> {
  const updatedAt = at.toISOString();
  const bump = () =>
    template.longTerm
      ? credit(db, userId, template.templateId).set({ remaining: 1, updated_at: updatedAt }).execute()
      : credit(db, userId, template.templateId).set({ remaining: (eb) => eb('remaining', '+', 1), updated_at: updatedAt }).where('remaining', '<', MAX_CREDITS).execute();
  await bump();
  const exists = await db.selectFrom('subscribe_credits').select('remaining').where('user_id', '=', userId).where('template_id', '=', template.templateId).executeTakeFirst();
  if (exists) return;
  try {
    await db.insertInto('subscribe_credits').values({ user_id: userId, template_id: template.templateId, remaining: 1, pushed: 0, updated_at: updatedAt }).execute();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    await bump(); // another call of the same person inserted it first
  }
}

/** The outbox's side: a push is made only by taking a credit in one conditional UPDATE. */
export const pushCredits: PushCredits = {
  async take(db, userId, template, at) {
    const res = await credit(db, userId, template.templateId)
      .set({ remaining: (eb) => eb('remaining', '-', template.longTerm ? 0 : 1), pushed: (eb) => eb('pushed', '+', 1), updated_at: at.toISOString() })
      .where('remaining', '>', 0)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },
  async giveBack(db, userId, template, at) {
    if (template.longTerm) return;
    await credit(db, userId, template.templateId).set({ remaining: (eb) => eb('remaining', '+', 1), updated_at: at.toISOString() }).where('remaining', '<', MAX_CREDITS).execute();
  },
  async clear(db, userId, template, at) {
    await credit(db, userId, template.templateId).set({ remaining: 0, updated_at: at.toISOString() }).execute();
  },
};

import Taro from '@tarojs/taro';
import { call, newRequestId } from '../../../api/call';
import { toast } from '../../../lib/confirm';
import { subscribeOutcome, TURN_ON_HINT, type SubscribeOutcome } from '../subscribe-outcome';

const HINT_SHOWN_KEY = 'nx.subscribe.hintShown';

/**
 * Asks, on the tap that starts something (报名, 预约, 点单, or 开启提醒 on the 工作台), to send its follow-up as WeChat
 * subscribe messages, and reports what the person accepted so the cloud may send one message per acceptance
 * (messages.subscribe). `families` are message families or kinds ('event', 'booking', 'request', 'request.created' …);
 * their template ids come from the build (NUANXIN_SUBSCRIBE_TMPL_IDS) and must match the cloud's
 * NUANXIN_SUBSCRIBE_TEMPLATES. A refusal is respected silently; when messages are switched off, the person is told
 * once (every time when they asked for it themselves) where to turn them on. Whatever happens, the action goes on and
 * the message lands in 我的 → 消息通知. Outside WeChat (H5) there is nothing to ask: null.
 */
export async function askToSubscribe(families: string[], opts: { asked?: boolean } = {}): Promise<SubscribeOutcome | null> {
  if (process.env.TARO_ENV !== 'weapp') return null;
  // A block body: the build replaces the constant with an object literal, which `(k) => {…}[k]` would read as a block.
  const ids = [
    ...new Set(
      families
        .map((k) => {
          const templates: Record<string, string> = NUANXIN_SUBSCRIBE_TMPL_IDS;
          return templates[k];
        })
        .filter(Boolean),
    ),
  ].slice(0, 3);
  if (ids.length === 0) return null;
  const answer = await new Promise<Parameters<typeof subscribeOutcome>[1]>((resolve) => {
    // Taro's wrapper also returns a promise, which rejects after `fail`: the callbacks have the answer, so that
    // rejection is dropped rather than left unhandled (the simulate tier fails on it).
    const pending: unknown = Taro.requestSubscribeMessage({
      tmplIds: ids,
      entityIds: [],
      success: (res: unknown) => resolve({ ok: true, result: res as Record<string, unknown> }),
      fail: (err: unknown) => resolve({ ok: false, errCode: (err as { errCode?: number }).errCode }),
    } as never);
    if (pending instanceof Promise) pending.catch(() => undefined);
  });
  const outcome = subscribeOutcome(ids, answer);
  if (outcome.accepted.length > 0) {
    // Best effort: without the report the message still reaches 消息通知.
    await call('messages.subscribe', { templateIds: outcome.accepted }, { requestId: newRequestId() }).catch(() => undefined);
    if (opts.asked) toast('已开启提醒', 'success');
  }
  if (outcome.switchedOff) await showTurnOnHint(Boolean(opts.asked));
  return outcome;
}

async function showTurnOnHint(asked: boolean): Promise<void> {
  if (!asked && Taro.getStorageSync(HINT_SHOWN_KEY)) return;
  Taro.setStorageSync(HINT_SHOWN_KEY, true);
  await Taro.showModal({ title: '消息提醒已关闭', content: TURN_ON_HINT, showCancel: false, confirmText: '知道了' });
}

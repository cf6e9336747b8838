/**
 * What requestSubscribeMessage answered, read the way the app acts on it. Success: `{ [templateId]: 'accept' |
 * 'reject' | 'ban' | 'filter' }` per template; failure: `errCode` (20004: the person switched off 接收订阅消息 in the
 * mini-program's settings, the main switch).
 * https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
 */
export interface SubscribeOutcome {
  /** Template ids the person accepted: report them so the cloud may send one message each. */
  accepted: string[];
  /** Messages are switched off (main switch, or 'ban' on a template): only WeChat's settings can turn them on. */
  switchedOff: boolean;
}

export const MAIN_SWITCH_OFF = 20004;

export function subscribeOutcome(ids: string[], answer: { ok: true; result: Record<string, unknown> } | { ok: false; errCode?: number }): SubscribeOutcome {
  if (!answer.ok) return { accepted: [], switchedOff: answer.errCode === MAIN_SWITCH_OFF };
  const result = answer.result;
  return { accepted: ids.filter((id) => result[id] === 'accept'), switchedOff: ids.some((id) => result[id] === 'ban') };
}

/** Where a person turns messages back on, in WeChat's own words. */
export const TURN_ON_HINT = '如需接收提醒，请点右上角「···」→「设置」→「通知管理」打开。提醒也都会保存在「我的 → 消息通知」里。';

/**
 * WeChat's asynchronous photo verdict (message push wxa_media_check, security.mediaCheckAsync v2), read as the app
 * acts on it: only `suggest: 'pass'` with errcode 0 shows a photo to others; 'risky', 'review' (WeChat is unsure) or a
 * failed check holds it for a worker, with the reason in words.
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */

/** WeChat's label codes (v2), in the worker's words. */
const LABELS: Record<number, string> = {
  10001: '广告',
  20001: '时政',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '版权',
  21000: '其他',
};

export interface PhotoVerdict {
  traceId: string;
  pass: boolean;
  /** Why it is held, for the worker (null when it passed). */
  reason: string | null;
}

/** The verdict a push carries, or null when it is not a photo verdict at all (no trace id). */
export function photoVerdictOf(push: Record<string, unknown>): PhotoVerdict | null {
  const traceId = typeof push.trace_id === 'string' ? push.trace_id : '';
  if (!traceId || traceId.length > 64) return null;
  const result = (push.result ?? {}) as { suggest?: unknown; label?: unknown };
  const errcode = Number(push.errcode ?? 0);
  if (errcode !== 0) return { traceId, pass: false, reason: `照片安全检测未完成（错误 ${errcode}），请人工查看` };
  if (result.suggest === 'pass') return { traceId, pass: true, reason: null };
  const label = LABELS[Number(result.label)] ?? '其他';
  const reason = result.suggest === 'risky' ? `照片未通过内容安全检测（${label}）` : `照片需人工复核（疑似${label}）`;
  return { traceId, pass: false, reason };
}

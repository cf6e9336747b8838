import type { ContentCheck } from '../types';

/** A short local stand-in for security.msgSecCheck: enough to demo and test the hold-for-review path. */
export const BLOCKED_WORDS = ['赌博', '博彩', '代开发票', '枪支', '毒品', '色情', '诈骗', '传销'];

export const wordListCheck: ContentCheck = {
  async check(text) {
    const hit = BLOCKED_WORDS.find((w) => text.includes(w));
    return hit ? { pass: false, label: `含敏感词“${hit}”` } : { pass: true };
  },
};

import type { ContentCheck } from '../types';
import type { WxSdk } from './sdk';

/** Scene 2 = comment (评论), the closest to residents' free text. */
const SCENE_COMMENT = 2;

/** security.msgSecCheck v2. Anything but 'pass', or a failed call, holds the text for review. */
export function msgSecCheck(sdk: () => WxSdk): ContentCheck {
  return {
    async check(content, openid) {
      try {
        const res = await sdk().openapi.security.msgSecCheck({ openid, scene: SCENE_COMMENT, version: 2, content });
        if (res.result?.suggest === 'pass') return { pass: true };
        return { pass: false, label: `内容安全检测：${res.result?.suggest ?? 'unknown'}/${res.result?.label ?? ''}` };
      } catch (err) {
        return { pass: false, label: `内容安全检测失败：${(err as Error).message}` };
      }
    },
  };
}

import { PushRefused, type Notifier } from '../types';
import type { WxSdk } from './sdk';

/**
 * subscribeMessage.send (permission `subscribeMessage.send` in config.json). wx-server-sdk answers WeChat's refusals
 * either as a result with `errCode` or as a thrown error carrying it: both become PushRefused.
 */
export function subscribeMessageNotifier(sdk: () => WxSdk, state: 'developer' | 'trial' | 'formal' = 'formal'): Notifier {
  return {
    async push(message) {
      let res: { errCode?: number; errMsg?: string };
      try {
        res = await sdk().openapi.subscribeMessage.send({
          touser: message.openid,
          templateId: message.templateId,
          page: message.page ?? undefined,
          data: message.data,
          miniprogramState: state,
        });
      } catch (err) {
        const code = (err as { errCode?: unknown }).errCode;
        if (typeof code === 'number' && code !== 0) throw new PushRefused(code, (err as Error).message ?? '');
        throw err;
      }
      if (res.errCode) throw new PushRefused(res.errCode, res.errMsg ?? '');
    },
  };
}

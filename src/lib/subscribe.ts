import Taro from '@tarojs/taro';

/**
 * Asks once, on the tap that starts something (报名, 预约, 点单), to send the follow-up as WeChat subscribe messages.
 * Kinds are message families ('event', 'booking', 'request'); their template ids come from the build
 * (NUANXIN_SUBSCRIBE_TMPL_IDS, JSON { family: templateId }) and must match the cloud's NUANXIN_SUBSCRIBE_TEMPLATES.
 * Elsewhere (H5) messages stay in 消息通知 only. Whatever the person answers, the action goes on.
 */
export async function askToSubscribe(kinds: string[]): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return;
  const ids = [...new Set(kinds.map((k) => NUANXIN_SUBSCRIBE_TMPL_IDS[k]).filter(Boolean))].slice(0, 3);
  if (ids.length === 0) return;
  await new Promise<void>((resolve) => Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [], complete: () => resolve() } as never));
}

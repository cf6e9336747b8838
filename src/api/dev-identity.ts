import Taro from '@tarojs/taro';
import type { Role } from '../../types';

/** Local builds only: which seeded person the app calls the local host as (X-Dev-OpenId). */
export const DEV_IDENTITIES: { openid: string; role: Role; label: string }[] = [
  { openid: 'demo-resident', role: 'resident', label: '居民' },
  { openid: 'demo-staff', role: 'worker', label: '社区工作者' },
  { openid: 'demo-handler', role: 'handler', label: '处理人' },
  { openid: 'demo-admin', role: 'admin', label: '管理员' },
];

const KEY = 'nx.devOpenId';

export function devOpenId(): string {
  return (Taro.getStorageSync(KEY) as string) || DEV_IDENTITIES[0].openid;
}

export function setDevOpenId(openid: string): void {
  Taro.setStorageSync(KEY, openid);
}

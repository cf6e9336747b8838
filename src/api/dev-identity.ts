import Taro from '@tarojs/taro';

/** Local builds only: which seeded person the app calls the local host as (X-Dev-OpenId); 我的 offers the choice. */
const KEY = 'nx.devOpenId';
const DEFAULT_OPENID = 'demo-resident';

export function devOpenId(): string {
  return (Taro.getStorageSync(KEY) as string) || DEFAULT_OPENID;
}

export function setDevOpenId(openid: string): void {
  Taro.setStorageSync(KEY, openid);
}
